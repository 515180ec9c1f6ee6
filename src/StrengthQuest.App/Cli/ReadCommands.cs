using System.CommandLine;
using System.Text.Json;
using StrengthQuest.Cli.Json;
using StrengthQuest.Cli.Text;
using StrengthQuest.Core;
using StrengthQuest.Core.Rules.Quest;
using StrengthQuest.Hosting;
using StrengthQuest.Services;
using StrengthQuest.Storage.Database;

namespace StrengthQuest.Cli;

/// <summary>The player's read verbs: <c>status</c>, <c>quest</c> and <c>history</c>.</summary>
internal static class ReadCommands
{
    public const int DefaultHistoryDays = 14;
    public const int MaxHistoryDays = 3660;

    public static Command Status(CliRuntime runtime)
    {
        Option<string> player = Options.Player();
        Option<string?> asOf = Options.Day("--as-of", "Show the state as of this game day (default: today).");
        Option<bool> json = Options.Json();
        Option<bool> brief = new("--short") { Description = "One line, for a login message or a shell prompt." };
        Command status = new("status", "Level, XP, streaks, the duel, ladders and achievements.") { player, asOf, json, brief };
        status.SetAction(parse => runtime.Run(parse, game =>
        {
            string handle = parse.GetValue(player)!;
            DateOnly? day = Options.ParseDay(parse, asOf);
            if (day is { } past && game.Today(game.Find(handle)) is var today && past > today)
            {
                throw new GameDataException($"--as-of {Timestamps.Format(past)} is in the future; today's game day is {Timestamps.Format(today)}.");
            }

            CoupleView view = game.Load(handle, day);
            if (parse.GetValue(brief))
            {
                runtime.Out.WriteLine(ShortStatus.Line(view, game.Time.GetUtcNow()));
            }
            else if (parse.GetValue(json))
            {
                runtime.Out.WriteLine(JsonSerializer.Serialize(JsonViews.FullStatus(game, view), CliJson.Default.StatusJson));
            }
            else
            {
                StatusText.Write(runtime.Out, view, game.Catalog);
            }

            return ExitCodes.Ok;
        }));
        return status;
    }

    public static Command Nudge(CliRuntime runtime)
    {
        Option<string> player = Options.Player();
        Command nudge = new("nudge", "Nudge your partner: the co-op streak needs them today.") { player };
        nudge.SetAction(parse => runtime.Run(parse, game =>
        {
            Core.Players.Player partner = game.Nudge(parse.GetValue(player)!);
            runtime.Out.WriteLine($"Nudged {Core.Text.SafeText.Strip(partner.Name)}: they'll see it in the game and in status --short.");
            return ExitCodes.Ok;
        }));
        return nudge;
    }

    public static Command Quest(CliRuntime runtime)
    {
        Option<string> player = Options.Player();
        Option<bool> json = Options.Json();
        Command quest = new("quest", "Today's proposed session, at your suggested levels.") { player, json };
        quest.SetAction(parse => runtime.Run(parse, game =>
        {
            string handle = parse.GetValue(player)!;
            QuestPlan plan = game.Quest(handle);
            if (parse.GetValue(json))
            {
                runtime.Out.WriteLine(JsonSerializer.Serialize(JsonViews.Quest(plan, handle), CliJson.Default.QuestJson));
            }
            else
            {
                QuestText.Write(runtime.Out, plan, runtime.CommandFor(parse, "log", handle));
            }

            return ExitCodes.Ok;
        }));
        return quest;
    }

    public static Command History(CliRuntime runtime)
    {
        Option<string> player = Options.Player();
        Option<string?> days = Options.Number("--days", "N", $"How many game days back, today included (default {DefaultHistoryDays}).");
        Option<bool> json = Options.Json();
        Command history = new("history", "Your recent check-ins, day by day.") { player, days, json };
        history.SetAction(parse => runtime.Run(parse, game =>
        {
            int count = Options.InRange(parse, days, 1, MaxHistoryDays, "a number of days") ?? DefaultHistoryDays;
            HistoryView view = game.LoadFullHistory(parse.GetValue(player)!);
            if (parse.GetValue(json))
            {
                runtime.Out.WriteLine(JsonSerializer.Serialize(HistoryText.Json(view, count), CliJson.Default.HistoryJson));
            }
            else
            {
                HistoryText.Write(runtime.Out, view, count, game);
            }

            return ExitCodes.Ok;
        }));
        return history;
    }
}
