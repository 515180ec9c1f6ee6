namespace StrengthQuest.Core.Rules.Streaks;

/// <summary>
/// How one game day D stands for the co-op streak, from each partner's mark on their own day D.
/// Both checked in: a co-op day, counted even before it is over. Otherwise the day waits until it
/// is settled — over for both partners — so a partner whose day is still running is never a miss.
/// A settled day on which neither missed a planned training day (each checked in, was protected,
/// had a planned rest day, was carried or travelled past it) bridges; one on which a partner missed
/// is a miss, which spends a shared freeze or ends the streak.
/// </summary>
public static class CoopDay
{
    public static DayMark Mark(DayMark mine, DayMark theirs, bool settled) =>
        mine == DayMark.CheckIn && theirs == DayMark.CheckIn ? DayMark.CheckIn
        : settled && Kept(mine) && Kept(theirs) ? DayMark.Protected
        : DayMark.Miss;

    private static bool Kept(DayMark mark) => mark == DayMark.CheckIn || mark.Bridges();
}
