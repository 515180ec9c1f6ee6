using System.CommandLine;
using System.Text.Json;
using StrengthQuest.Cli.Json;
using StrengthQuest.Cli.Text;
using StrengthQuest.Core;
using StrengthQuest.Core.Game;
using StrengthQuest.Core.History;
using StrengthQuest.Hosting;
using StrengthQuest.Services;

namespace StrengthQuest.Cli;

/// <summary><c>log</c>: record a check-in (or a pain-rest day) and print what it earned.</summary>
internal static class LogCommand
{
    public static Command Build(CliRuntime runtime)
    {
        Option<string> player = Options.Player();
        Option<string?> date = Options.Day("--date", "The game day to log for: today (default) or a day back within the backfill window.");
        Option<string?> pain = Options.Number("--pain", "N", $"Pain 0–{Entry.MaxPain} for entries that give none (default 0); with --rest, the pain that made you rest.");
        Option<bool> rest = new("--rest") { Description = "Record a pain-rest day (for pain too high to train): it earns nothing and protects your streaks." };
        Option<string?> note = Options.NotBlank(new Option<string?>("--note") { Description = "A short note on the session.", HelpName = "TEXT" }, "some text (leave it out for no note)");
        Option<bool> json = Options.Json();
        Argument<string[]> entries = new("ENTRY")
        {
            Description = $"{EntrySpec.Grammar}, e.g. atg-split-squat:3=8,8,8,8@10/2 (level omitted: the suggested one).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        Command log = new("log", "Record a check-in and see what it earned.") { player, date, pain, rest, note, json, entries };
        log.SetAction(parse => runtime.Run(parse, game =>
        {
            CheckInRequest request = Request(
                parse.GetValue(entries) ?? [],
                Options.InRange(parse, pain, 0, Entry.MaxPain, "a pain score"),
                Options.ParseDay(parse, date),
                parse.GetValue(rest),
                parse.GetValue(note));
            string handle = parse.GetValue(player)!;
            CheckInSummary summary = game.Log(handle, request);
            if (parse.GetValue(json))
            {
                runtime.Out.WriteLine(JsonSerializer.Serialize(JsonViews.CheckIn(summary, handle), CliJson.Default.CheckInJson));
            }
            else
            {
                CheckInText.Write(runtime.Out, summary, game);
            }

            return ExitCodes.Ok;
        }));
        return log;
    }

    /// <summary>Validates the shape of a check-in: entries or --rest, entries well-formed and their numbers in range.</summary>
    public static CheckInRequest Request(string[] entryTexts, int? pain, DateOnly? day, bool rest, string? note)
    {
        if (rest)
        {
            if (entryTexts.Length > 0)
            {
                throw new UsageException("--rest records a pain-rest day with no entries; leave the entries out or drop --rest.");
            }

            return pain is null
                ? throw new UsageException("--rest needs --pain N: the pain that made you rest.")
                : new CheckInRequest([], pain.Value, day, Rest: true, note);
        }

        if (entryTexts.Length == 0)
        {
            throw new UsageException($"Give at least one entry ({EntrySpec.Grammar}) or --rest --pain N.");
        }

        List<EntrySpec> specs = [];
        foreach (string text in entryTexts)
        {
            specs.Add(EntrySpec.Parse(text, out string? problem, out bool outOfRange)
                ?? throw (outOfRange ? new GameDataException(problem!) : new UsageException(problem!)));
        }

        return new CheckInRequest(specs, pain ?? 0, day, Rest: false, note);
    }
}
