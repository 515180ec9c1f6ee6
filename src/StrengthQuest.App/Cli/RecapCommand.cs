using System.CommandLine;
using System.Text.Json;
using StrengthQuest.Cli.Json;
using StrengthQuest.Cli.Text;
using StrengthQuest.Core;
using StrengthQuest.Core.Days;
using StrengthQuest.Core.Game;
using StrengthQuest.Hosting;

namespace StrengthQuest.Cli;

/// <summary><c>recap</c>: a week of the couple — by default the player's last finished week.</summary>
internal static class RecapCommand
{
    public static Command Build(CliRuntime runtime)
    {
        Option<string> player = Options.Player();
        Option<string?> week = new("--week")
        {
            Description = "The ISO week, like 2026-W48 (default: your last finished week).",
            HelpName = "YYYY-Www",
        };
        Option<bool> json = Options.Json();
        Command recap = new("recap", "The weekly recap: XP per day, pain, records, unlocks, the boss, the crown and the streaks.") { player, week, json };
        recap.SetAction(parse => runtime.Run(parse, game =>
        {
            string? text = parse.GetValue(week);
            DateOnly? monday = text is null ? null
                : IsoWeeks.Parse(text) ?? throw new UsageException($"--week takes an ISO week like 2026-W48, not \"{text}\".");
            DateOnly firstWeek = IsoWeeks.Monday(GameDays.Earliest);
            if (monday < firstWeek)
            {
                throw new GameDataException($"--week takes a week from {IsoWeeks.Label(firstWeek)} on, not {text}.");
            }

            WeeklyRecap result = game.Recap(parse.GetValue(player)!, monday);
            if (parse.GetValue(json))
            {
                runtime.Out.WriteLine(JsonSerializer.Serialize(RecapText.Json(result), CliJson.Default.RecapJson));
            }
            else
            {
                foreach (string line in RecapText.Lines(result, game.Catalog))
                {
                    runtime.Out.WriteLine(line);
                }
            }

            return ExitCodes.Ok;
        }));
        return recap;
    }
}
