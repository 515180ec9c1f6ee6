using System.Globalization;
using StrengthQuest.Core.History;
using StrengthQuest.Core.Players;

namespace StrengthQuest.Core.Catalog;

/// <summary>
/// Every rule number has a sane range: a backfill window of -1 days or 0 XP per level would not
/// make a different game but a broken one (a level curve that never climbs loops forever).
/// </summary>
public static class RuleFaults
{
    public static IEnumerable<string> Find(GameRules rules)
    {
        foreach ((string name, double value, double min, double max) in Numbers(rules))
        {
            if (double.IsNaN(value) || value < min || value > max)
            {
                yield return $"rules.{name} is {Show(value)} ({Show(min)} to {Show(max)} expected)";
            }
        }

        LevelCurveRules curve = rules.LevelCurve;
        int firstQuadratic = curve.LinearBelowLevel + 1;
        double climb = (curve.QuadraticA * firstQuadratic * firstQuadratic) + (curve.QuadraticB * firstQuadratic) + curve.QuadraticC;
        if (climb < curve.RoundTo)
        {
            yield return $"rules.levelCurve asks {Show(climb)} XP to climb from level {firstQuadratic}, less than roundTo ({curve.RoundTo}): every level needs some XP";
        }

        if (rules.Quest.Areas.Count == 0 || rules.Quest.Areas.Any(string.IsNullOrWhiteSpace))
        {
            yield return "rules.quest.areas needs at least one area, none of them blank";
        }

        if (TrainingPlan.Parse(rules.DefaultPlan, out _) is null)
        {
            yield return $"rules.defaultPlan is \"{rules.DefaultPlan}\" (weekdays like mon,wed,fri, or 3, 4, 5 or daily expected)";
        }

        if (rules.Quest.MobilityGroups.Count == 0 || rules.Quest.MobilityGroups.Any(g => g.Count == 0))
        {
            yield return "rules.quest.mobilityGroups needs at least one group, none of them empty";
        }
    }

    /// <summary>Each rule number with its range; a range may depend on another rule (at most as many protected days as the window has).</summary>
    private static (string Name, double Value, double Min, double Max)[] Numbers(GameRules r)
    {
        LevelCurveRules c = r.LevelCurve;
        QuestRules q = r.Quest;
        HostRules h = r.Host;
        return
        [
            ("entryXpPerLevel", r.EntryXpPerLevel, 1, 1_000),
            ("multiLadderBonusXp", r.MultiLadderBonusXp, 0, 10_000),
            ("multiLadderMinimum", r.MultiLadderMinimum, 1, 20),
            ("streakBonusCapDays", r.StreakBonusCapDays, 0, 3_650),
            ("coopBonusPercent", r.CoopBonusPercent, 0, 1_000),
            ("xpSessionsPerDay", r.XpSessionsPerDay, 1, 100),
            ("backfillDays", r.BackfillDays, 0, 30),
            ("defaultDayStartHour", r.DefaultDayStartHour, 0, Player.MaxDayStartHour),
            ("freezeEveryDays", r.FreezeEveryDays, 1, 365),
            ("maxFreezes", r.MaxFreezes, 0, 100),
            ("protectedWindowDays", r.ProtectedWindowDays, 1, 365),
            ("protectedDaysPerWindow", r.ProtectedDaysPerWindow, 0, Math.Max(1, r.ProtectedWindowDays)),
            ("restDayMinPain", r.RestDayMinPain, 1, Entry.MaxPain),
            ("qualifyingSessionsToUnlock", r.QualifyingSessionsToUnlock, 1, 100),
            ("qualifyingMaxPain", r.QualifyingMaxPain, 0, Entry.MaxPain - 1),
            ("coolDownPain", r.CoolDownPain, Math.Min(r.QualifyingMaxPain + 1, Entry.MaxPain), Entry.MaxPain),
            ("coolDownRecoveryEntries", r.CoolDownRecoveryEntries, 1, 100),
            ("risingPainEntries", r.RisingPainEntries, 2, 100),
            ("noteMaxLength", r.NoteMaxLength, 1, 10_000),
            ("nudgeEveryMinutes", r.NudgeEveryMinutes, 0, 10_080),
            ("nudgeShowsHours", r.NudgeShowsHours, 1, 168),
            ("carriesPerWeek", r.CarriesPerWeek, 0, 7),
            ("bossMinHp", r.BossMinHp, 1, 1_000_000),
            ("bossHpPercent", r.BossHpPercent, 1, 1_000),
            ("bossWeeksAveraged", r.BossWeeksAveraged, 1, 52),
            ("bossHpRoundTo", r.BossHpRoundTo, 1, 10_000),
            ("confirmSetOverTargetTimes", r.ConfirmSetOverTargetTimes, 1, 1_000),
            ("levelCurve.linearXpPerLevel", c.LinearXpPerLevel, 1, 100_000),
            ("levelCurve.linearBelowLevel", c.LinearBelowLevel, 1, 1_000),
            ("levelCurve.xpAtLevelFive", c.XpAtLevelFive, 1, 1_000_000),
            ("levelCurve.quadraticA", c.QuadraticA, 0, 1_000),
            ("levelCurve.quadraticB", c.QuadraticB, 0, 100_000),
            ("levelCurve.quadraticC", c.QuadraticC, 0, 1_000_000),
            ("levelCurve.roundTo", c.RoundTo, 1, 10_000),
            ("quest.maxLadders", q.MaxLadders, 1, 20),
            ("quest.minLadders", q.MinLadders, 1, Math.Max(1, q.MaxLadders)),
            ("quest.maxMinutes", q.MaxMinutes, 1, 600),
            ("quest.minMinutes", q.MinMinutes, 1, Math.Max(1, q.MaxMinutes)),
            ("quest.secondsPerRep", q.SecondsPerRep, 1, 60),
            ("quest.restSecondsBetweenSets", q.RestSecondsBetweenSets, 0, 600),
            ("quest.setupSeconds", q.SetupSeconds, 0, 600),
            ("quest.metresPerMinute", q.MetresPerMinute, 1, 1_000),
            ("quest.mobilityMinLadders", q.MobilityMinLadders, 1, Math.Max(1, q.MobilityGroups.Count)),
            ("quest.mobilityMaxMinutes", q.MobilityMaxMinutes, 1, 120),
            // A code of 6 letters from 31 is already ~30 bits, guessed at a few tries a minute.
            ("host.codeLength", h.CodeLength, 6, 32),
            ("host.inviteValidHours", h.InviteValidHours, 1, 24 * 30),
            ("host.deviceCodeValidMinutes", h.DeviceCodeValidMinutes, 1, 24 * 60),
            ("host.wrongCodesAllowed", h.WrongCodesAllowed, 1, 100),
            ("host.wrongCodesWindowSeconds", h.WrongCodesWindowSeconds, 1, 24 * 3600),
            ("host.wrongCodesFromNewKeysAllowed", h.WrongCodesFromNewKeysAllowed, 1, 100_000),
        ];
    }

    private static string Show(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
