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
            return $"🔥 {view.State.Me.Streak.Current}-day streak — {today}";
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
        return $"🔥 {coop.Current}-day co-op streak — {who}{nudge}";
    }

    /// <summary>The nudge as the partner reads it.</summary>
    public static string Nudge(string from) => $"{from} nudged you: the co-op streak needs you today";
}
