using System.CommandLine;
using StrengthQuest.Core.Players;
using StrengthQuest.Hosting;
using StrengthQuest.Services;
using static StrengthQuest.Core.Text.SafeText;

namespace StrengthQuest.Cli;

/// <summary><c>player remove</c> and <c>couple unlink</c>: undoing what was set up.</summary>
internal static class PlayerSettings
{
    public static Command Remove(CliRuntime runtime)
    {
        Argument<string> handle = new("HANDLE") { Description = "The player to remove (they must have no partner)." };
        Option<bool> yes = Yes("Yes, delete the player and all their sessions (a backup is written first).");
        Command remove = new("remove", "Delete a player without a partner, with all their sessions, after a backup next to the database (on PostgreSQL: a pg_dump in the current folder).") { handle, yes };
        remove.SetAction(parse => runtime.Run(parse, game =>
        {
            string who = parse.GetValue(handle)!;
            if (!parse.GetValue(yes))
            {
                Player p = game.Find(who);
                throw new UsageException($"Removing {p.Handle} deletes {Strip(p.Name)} and every session of theirs (a backup is written first); run again with --yes to remove them.");
            }

            string backup = game.RemovePlayer(who);
            runtime.Out.WriteLine($"Backed up the database to {backup} first.");
            runtime.Out.WriteLine(game.Database.OnServer
                ? $"Removed {who} and all their sessions. To undo, restore that dump into an empty database with pg_restore and play on that one."
                : $"Removed {who} and all their sessions. To undo, copy that backup over the database while nobody plays.");
            return ExitCodes.Ok;
        }));
        return remove;
    }

    public static Command Unlink(CliRuntime runtime)
    {
        Argument<string> handle = new("HANDLE") { Description = "Either partner's handle." };
        Option<bool> yes = Yes("Yes, unlink: the co-op streak and the duel stop; all history is kept.");
        Command unlink = new("unlink", "End a couple: the co-op streak and the duel stop; both keep all their history.") { handle, yes };
        unlink.SetAction(parse => runtime.Run(parse, game =>
        {
            string who = parse.GetValue(handle)!;
            if (!parse.GetValue(yes))
            {
                CoupleView view = game.Load(who);
                string partner = view.Partner is { } p ? $" and {Strip(p.Name)} ({p.Handle})" : "";
                throw view.Partner is null
                    ? new Core.GameDataException($"{who} has no partner to unlink.")
                    : new UsageException($"Unlinking {who}{partner} ends your co-op streak and the duel (all history is kept); run again with --yes to unlink.");
            }

            Player former = game.Unlink(who);
            runtime.Out.WriteLine($"Unlinked {who} and {Strip(former.Name)} ({former.Handle}). Both keep all their history; the co-op streak and the duel stop.");
            return ExitCodes.Ok;
        }));
        return unlink;
    }

    private static Option<bool> Yes(string description) => new("--yes", "-y") { Description = description };
}
