using StrengthQuest.Core.Catalog;
using StrengthQuest.Core.Game;
using StrengthQuest.Core.History;

namespace StrengthQuest.Core.Rules.Progression;

/// <summary>
/// One player's standing on one ladder, stepped entry by entry in day order. Level 1 is open; L+1
/// unlocks after qualifying sessions at L on enough different game days. The pain guard holds at
/// 4–5, cools the ladder down a level at 6+, and blocks unlocks until enough calm entries in a row.
/// </summary>
public sealed class LadderProgress
{
    private readonly GameRules _rules;
    private readonly int[] _qualifyingDays;
    private readonly DateOnly?[] _lastQualifyingDay;
    private readonly Queue<int> _recentPains = new();
    private int _calmRun;

    public LadderProgress(Ladder ladder, GameRules rules)
    {
        Ladder = ladder;
        _rules = rules;
        _qualifyingDays = new int[ladder.TopLevel];
        _lastQualifyingDay = new DateOnly?[ladder.TopLevel];
    }

    public Ladder Ladder { get; }

    public int Unlocked { get; private set; } = 1;

    public bool CoolingDown { get; private set; }

    /// <summary>The level that hurt when the ladder cooled down.</summary>
    public int CoolLevel { get; private set; }

    /// <summary>The level held after an entry in the acceptable pain zone.</summary>
    public int? HoldLevel { get; private set; }

    public bool PainRising { get; private set; }

    public int? LastPain { get; private set; }

    public int Entries { get; private set; }

    public int Suggested =>
        CoolingDown ? Math.Max(1, CoolLevel - 1) : HoldLevel ?? Unlocked;

    public bool AtTop => Unlocked >= Ladder.TopLevel;

    /// <summary>Qualifying sessions (on different game days) at the highest open level, toward the next unlock.</summary>
    public int Qualifying => _qualifyingDays[Unlocked - 1];

    public int Needed => _rules.QualifyingSessionsToUnlock;

    /// <summary>Takes one entry in; what it did to the ladder is added to <paramref name="events"/>.</summary>
    public void Step(Entry entry, DateOnly day, List<LadderEvent> events)
    {
        if (!Ladder.HasLevel(entry.Level))
        {
            return;
        }

        Entries++;
        PainZone zone = PainZones.Of(entry.Pain, _rules);
        TrackPain(entry, day, events);
        GuardPain(entry, day, zone, events);

        int index = entry.Level - 1;
        if (zone == PainZone.Safe && Xp.EntryXp.TargetMet(entry, Ladder.Level(entry.Level)) && _lastQualifyingDay[index] != day)
        {
            _qualifyingDays[index]++;
            _lastQualifyingDay[index] = day;
        }

        while (!CoolingDown && !AtTop && Qualifying >= Needed)
        {
            Unlocked++;
            events.Add(new LadderEvent(Ladder.Id, LadderEventKind.Unlocked, Unlocked, day));
        }
    }

    public LadderSnapshot Capture() => new(
        Ladder.Id, Unlocked, CoolingDown, CoolLevel, HoldLevel, _calmRun, Entries, [.. _recentPains], [.. _qualifyingDays], [.. _lastQualifyingDay]);

    public void Restore(LadderSnapshot s)
    {
        (Unlocked, CoolingDown, CoolLevel, HoldLevel, _calmRun, Entries) = (s.Unlocked, s.CoolingDown, s.CoolLevel, s.HoldLevel, s.CalmRun, s.Entries);
        _recentPains.Clear();
        foreach (int pain in s.RecentPains)
        {
            _recentPains.Enqueue(pain);
        }

        LastPain = s.RecentPains.Count > 0 ? s.RecentPains[^1] : null;
        PainRising = IsRising();
        for (int i = 0; i < _qualifyingDays.Length && i < s.QualifyingDays.Count; i++)
        {
            _qualifyingDays[i] = s.QualifyingDays[i];
            _lastQualifyingDay[i] = i < s.LastQualifyingDay.Count ? s.LastQualifyingDay[i] : null;
        }
    }

    private void GuardPain(Entry entry, DateOnly day, PainZone zone, List<LadderEvent> events)
    {
        switch (zone)
        {
            case PainZone.Stop:
                CoolingDown = true;
                CoolLevel = entry.Level;
                HoldLevel = null;
                _calmRun = 0;
                events.Add(new LadderEvent(Ladder.Id, LadderEventKind.CooledDown, Suggested, day));
                break;
            case PainZone.Acceptable:
                _calmRun = 0;
                if (!CoolingDown)
                {
                    HoldLevel = entry.Level;
                    events.Add(new LadderEvent(Ladder.Id, LadderEventKind.Hold, entry.Level, day));
                }

                break;
            default:
                HoldLevel = null;
                if (CoolingDown && ++_calmRun >= _rules.CoolDownRecoveryEntries)
                {
                    CoolingDown = false;
                    events.Add(new LadderEvent(Ladder.Id, LadderEventKind.CoolDownOver, Unlocked, day));
                }

                break;
        }
    }

    private void TrackPain(Entry entry, DateOnly day, List<LadderEvent> events)
    {
        _recentPains.Enqueue(entry.Pain);
        while (_recentPains.Count > _rules.RisingPainEntries)
        {
            _recentPains.Dequeue();
        }

        LastPain = entry.Pain;
        PainRising = IsRising();
        if (PainRising)
        {
            events.Add(new LadderEvent(Ladder.Id, LadderEventKind.PainRising, entry.Level, day));
        }
    }

    /// <summary>Strictly rising over the last N entries.</summary>
    private bool IsRising()
    {
        if (_recentPains.Count < _rules.RisingPainEntries)
        {
            return false;
        }

        int? previous = null;
        foreach (int pain in _recentPains)
        {
            if (previous is { } p && pain <= p)
            {
                return false;
            }

            previous = pain;
        }

        return true;
    }
}
