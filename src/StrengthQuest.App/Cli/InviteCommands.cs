using System.CommandLine;
using StrengthQuest.Cli.Text;
using StrengthQuest.Core.Players;
using StrengthQuest.Hosting;
using static StrengthQuest.Core.Text.SafeText;

namespace StrengthQuest.Cli;

/// <summary><c>invite</c> and <c>join CODE</c>: pairing by invite code.</summary>
internal static class InviteCommands
{
    public static Command Invite(CliRuntime runtime)
    {
        Option<string> player = Options.Player();
        Command invite = new("invite", "Print a single-use invite code for your partner (it expires after a few days).") { player };
        invite.SetAction(parse => runtime.Run(parse, game =>
        {
            string handle = parse.GetValue(player)!;
            Services.IssuedCode code = game.Invite(handle);
            foreach (string line in DoorsText.Invite(code, game.Find(handle), game.Catalog.Rules.Host.InviteValidHours))
            {
                runtime.Out.WriteLine(line);
            }

            return ExitCodes.Ok;
        }));
        return invite;
    }

    public static Command Join(CliRuntime runtime)
    {
        Option<string> player = Options.Player();
        Argument<string> code = new("CODE") { Description = "Your partner's invite code (from their invite)." };
        Command join = new("join", "Enter your partner's invite code: the two of you become a couple.") { code, player };
        join.SetAction(parse => runtime.Run(parse, game =>
        {
            Player partner = game.Join(parse.GetValue(player)!, parse.GetValue(code)!);
            runtime.Out.WriteLine($"You and {Strip(partner.Name)} are a couple now: a shared co-op streak, a weekly duel and a boss to beat together.");
            return ExitCodes.Ok;
        }));
        return join;
    }
}
