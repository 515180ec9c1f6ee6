using StrengthQuest.Services;
using static StrengthQuest.Core.Text.SafeText;

namespace StrengthQuest.Cli.Text;

/// <summary><c>status --short</c>: one line for a login message or a shell prompt.</summary>
public static class ShortStatus
{
    public static string Line(CoupleView view, DateTimeOffset now)
    {
        bool me = view.State.Me.CheckedInToday;
        if (view.State.Coop is not { } coop || view.Partner is not { } partner)
        {
            string today = me ? "you trained today" : "you haven't trained today yet";
            return $"{Flame(view.State.Me.Streak.Current, view.State.Me.Streak.Longest, "streak")} — {today}";
        }

        string name = Strip(partner.Name);
        string who = (me, coop.PartnerToday) switch
        {
            (true, true) => "you both trained today",
            (false, true) => $"{name} trained today, you haven't yet",
            (true, false) => $"you trained today, {name} hasn't yet",
            _ => "neither of you has trained today",
        };
        string nudge = view.Social.ShownNudge(view, now) is not null ? $" · {name} nudged you" : "";
        return $"{Flame(coop.Current, coop.Longest, "co-op streak")} — {who}{nudge}";
    }

    /// <summary>"🔥 12-day co-op streak", or in words when there is none: never "🔥 0-day".</summary>
    private static string Flame(int current, int longest, string what) =>
        current > 0 ? $"🔥 {Humane.Streak(current)} {what}"
        : longest > 0 ? $"No {what} right now"
        : $"No {what} yet";

    /// <summary>The nudge as the partner reads it.</summary>
    public static string Nudge(string from) => $"{from} nudged you: the co-op streak needs you today";
}
