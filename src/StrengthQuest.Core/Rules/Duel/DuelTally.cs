using StrengthQuest.Core.Days;

namespace StrengthQuest.Core.Rules.Duel;

/// <summary>One ISO week of the duel: both partners' XP and who took a crown.</summary>
public sealed record DuelWeek(string Week, DateOnly Monday, int MyXp, int PartnerXp, bool MyCrown, bool PartnerCrown, bool Closed);

/// <summary>
/// The weekly duel: each week the partner with more XP wins a crown; a tie crowns both; a week
/// in which neither earned XP crowns no one. The fold closes a week once its Sunday is over for
/// both partners, and a closed week never changes.
/// </summary>
public sealed class DuelTally
{
    private readonly SortedDictionary<DateOnly, (int Me, int Partner)> _weeks = [];
    private readonly HashSet<DateOnly> _closed = [];

    public int MyCrowns { get; private set; }

    public int PartnerCrowns { get; private set; }

    public void Add(DateOnly day, int myXp, int partnerXp)
    {
        if (myXp == 0 && partnerXp == 0)
        {
            return;
        }

        DateOnly monday = IsoWeeks.Monday(day);
        (int me, int partner) = _weeks.GetValueOrDefault(monday);
        _weeks[monday] = (me + myXp, partner + partnerXp);
    }

    /// <summary>Both partners' XP in the week starting on <paramref name="monday"/>, so far.</summary>
    public (int Me, int Partner) Totals(DateOnly monday) => _weeks.GetValueOrDefault(monday);

    /// <summary>Puts the week's totals as they stood when it closed (without check-ins recorded after that).</summary>
    public void SetTotals(DateOnly monday, (int Me, int Partner) totals)
    {
        if (totals is (0, 0))
        {
            _weeks.Remove(monday);
        }
        else
        {
            _weeks[monday] = totals;
        }
    }

    /// <summary>Decides the week ending on <paramref name="sunday"/>; returns who won a crown.</summary>
    public (bool Me, bool Partner) Close(DateOnly sunday)
    {
        DateOnly monday = IsoWeeks.Monday(sunday);
        _closed.Add(monday);
        (bool me, bool partner) = Crowns(_weeks.GetValueOrDefault(monday));
        MyCrowns += me ? 1 : 0;
        PartnerCrowns += partner ? 1 : 0;
        return (me, partner);
    }

    public DuelWeek Week(DateOnly day)
    {
        DateOnly monday = IsoWeeks.Monday(day);
        (int me, int partner) = _weeks.GetValueOrDefault(monday);
        bool closed = _closed.Contains(monday);
        (bool myCrown, bool partnerCrown) = closed ? Crowns((me, partner)) : (false, false);
        return new DuelWeek(IsoWeeks.Label(day), monday, me, partner, myCrown, partnerCrown, closed);
    }

    /// <summary>The tally to resume from: the crowns, every open week, and the last few closed ones.</summary>
    public Game.DuelSnapshot Capture(int keepClosedWeeks) => new(
        MyCrowns,
        PartnerCrowns,
        [
            .. _weeks.Where(w => _closed.Contains(w.Key)).TakeLast(keepClosedWeeks)
                .Select(w => new Game.WeekSnapshot(w.Key, w.Value.Me, w.Value.Partner, Closed: true)),
            .. _weeks.Where(w => !_closed.Contains(w.Key)).Select(w => new Game.WeekSnapshot(w.Key, w.Value.Me, w.Value.Partner)),
        ]);

    public void Restore(Game.DuelSnapshot snapshot)
    {
        (MyCrowns, PartnerCrowns) = (snapshot.MyCrowns, snapshot.PartnerCrowns);
        foreach (Game.WeekSnapshot week in snapshot.OpenWeeks)
        {
            _weeks[week.Monday] = (week.Me, week.Partner);
            if (week.Closed)
            {
                _closed.Add(week.Monday);
            }
        }
    }

    /// <summary>Every week with XP, oldest first.</summary>
    public IEnumerable<DuelWeek> Weeks => _weeks.Keys.Select(Week);

    private static (bool Me, bool Partner) Crowns((int Me, int Partner) xp) =>
        xp.Me == 0 && xp.Partner == 0 ? (false, false) : (xp.Me >= xp.Partner, xp.Partner >= xp.Me);
}
