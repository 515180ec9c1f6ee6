using StrengthQuest.Core.Catalog;
using StrengthQuest.Core.History;

namespace StrengthQuest.Core.Rules.Progression;

/// <summary>
/// One player's standing on one ladder, stepped entry by entry in order. Level 1 is open; L+1
/// unlocks after qualifying sessions at L on enough different game days. The pain guard holds at
/// 4–5, cools the ladder down a level at 6+, and blocks unlocks until enough calm entries in a row.
/// </summary>
public sealed class LadderProgress
{
    private readonly GameRules _rules;
    private readonly HashSet<DateOnly>[] _qualifyingDays;
    private readonly Queue<int> _recentPains = new();
    private int _calmRun;

    public LadderProgress(Ladder ladder, GameRules rules)
    {
        Ladder = ladder;
        _rules = rules;
        _qualifyingDays = [.. ladder.Levels.Select(_ => new HashSet<DateOnly>())];
    }

    public Ladder Ladder { get; }

    public int Unlocked { get; private set; } = 1;

    public bool CoolingDown { get; private set; }

    /// <summary>The level that hurt when the ladder cooled down.</summary>
    public int CoolLevel { get; private set; }

    /// <summary>The level held after an entry in the acceptable pain zone.</summary>
    public int? HoldLevel { get; private set; }

    public bool PainRising { get; private set; }

    public int? LastPain => _recentPains.Count > 0 ? _recentPains.Last() : null;

    public int Entries { get; private set; }

    public int Suggested =>
        CoolingDown ? Math.Max(1, CoolLevel - 1) : HoldLevel ?? Unlocked;

    public bool AtTop => Unlocked >= Ladder.TopLevel;

    /// <summary>Qualifying sessions at the highest open level, toward the next unlock.</summary>
    public int Qualifying => _qualifyingDays[Unlocked - 1].Count;

    public int Needed => _rules.QualifyingSessionsToUnlock;

    public int QualifyingAt(int level) => Ladder.HasLevel(level) ? _qualifyingDays[level - 1].Count : 0;

    public IEnumerable<LadderEvent> Step(Entry entry, DateOnly day)
    {
        List<LadderEvent> events = [];
        if (!Ladder.HasLevel(entry.Level))
        {
            return events;
        }

        Entries++;
        PainZone zone = PainZones.Of(entry.Pain, _rules);
        TrackPain(entry, day, events);
        GuardPain(entry, day, zone, events);

        if (zone == PainZone.Safe && Xp.EntryXp.TargetMet(entry, Ladder.Level(entry.Level)))
        {
            _qualifyingDays[entry.Level - 1].Add(day);
        }

        while (!CoolingDown && !AtTop && Qualifying >= Needed)
        {
            Unlocked++;
            events.Add(new LadderEvent(Ladder.Id, LadderEventKind.Unlocked, Unlocked, day));
        }

        return events;
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

        int[] pains = [.. _recentPains];
        PainRising = pains.Length == _rules.RisingPainEntries && pains.Zip(pains.Skip(1)).All(p => p.Second > p.First);
        if (PainRising)
        {
            events.Add(new LadderEvent(Ladder.Id, LadderEventKind.PainRising, entry.Level, day));
        }
    }
}
