using System.CommandLine;
using System.Text.Json;
using StrengthQuest.Cli.Json;
using StrengthQuest.Cli.Text;
using StrengthQuest.Core.History;
using StrengthQuest.Hosting;
using StrengthQuest.Services;

namespace StrengthQuest.Cli;

/// <summary><c>session edit</c>, <c>session delete</c> and <c>undo</c>: correcting a session while its day is in the backfill window.</summary>
internal static class SessionCommands
{
    public static Command Session(CliRuntime runtime)
    {
        Command session = new("session", "Correct one of your sessions while its game day is in the backfill window.");
        session.Add(Edit(runtime));
        session.Add(Delete(runtime));
        return session;
    }

    public static Command Undo(CliRuntime runtime)
    {
        Option<string> player = Options.Player();
        Option<bool> json = Options.Json();
        Command undo = new("undo", "Delete your most recent session (while its game day is in the backfill window).") { player, json };
        undo.SetAction(parse => runtime.Run(parse, game =>
            Print(runtime, game, game.Undo(parse.GetValue(player)!), parse.GetValue(player)!, parse.GetValue(json))));
        return undo;
    }

    private static Command Edit(CliRuntime runtime)
    {
        Argument<string> uid = Uid("session edit");
        Option<string> player = Options.Player();
        Option<string?> pain = Options.Number("--pain", "N", $"Pain 0–{Entry.MaxPain} for entries that give none (default 0); with --rest, the pain that made you rest.");
        Option<bool> rest = new("--rest") { Description = "Make it a pain-rest day (with --pain N) instead of entries." };
        Option<string?> note = Options.NotBlank(
            new Option<string?>("--note") { Description = "A new note for the session (default: keep the note).", HelpName = "TEXT" }, "some text (leave it out to keep the note)");
        Option<bool> json = Options.Json();
        Argument<string[]> entries = new("ENTRY")
        {
            Description = $"The session's entries, replacing the old ones: {EntrySpec.Grammar}.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        Command edit = new("edit", "Replace a session's entries (same grammar as log).") { uid, player, pain, rest, note, json, entries };
        edit.SetAction(parse => runtime.Run(parse, game =>
        {
            CheckInRequest request = LogCommand.Request(
                parse.GetValue(entries) ?? [], Options.InRange(parse, pain, 0, Entry.MaxPain, "a pain score"), null, parse.GetValue(rest), parse.GetValue(note));
            string handle = parse.GetValue(player)!;
            return Print(runtime, game, game.EditSession(handle, parse.GetValue(uid)!, request), handle, parse.GetValue(json));
        }));
        return edit;
    }

    private static Command Delete(CliRuntime runtime)
    {
        Argument<string> uid = Uid("session delete");
        Option<string> player = Options.Player();
        Option<bool> json = Options.Json();
        Command delete = new("delete", "Delete a session.") { uid, player, json };
        delete.SetAction(parse => runtime.Run(parse, game =>
        {
            string handle = parse.GetValue(player)!;
            return Print(runtime, game, game.DeleteSession(handle, parse.GetValue(uid)!), handle, parse.GetValue(json));
        }));
        return delete;
    }

    private static Argument<string> Uid(string command) =>
        Options.NotBlank(new Argument<string>("UID") { Description = "The session's uid (history --json lists them), or a unique start of it." }, command, "a session's uid");

    private static int Print(CliRuntime runtime, GameService game, CorrectionResult result, string handle, bool json)
    {
        if (json)
        {
            runtime.Out.WriteLine(JsonSerializer.Serialize(JsonViews.Correction(result.Summary, handle), CliJson.Default.CorrectionJson));
        }
        else
        {
            foreach (string line in CorrectionText.Lines(result.Summary, game))
            {
                runtime.Out.WriteLine(line);
            }
        }

        return ExitCodes.Ok;
    }
}
