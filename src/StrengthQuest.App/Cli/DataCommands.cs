using System.CommandLine;
using StrengthQuest.Hosting;
using StrengthQuest.Storage;
using StrengthQuest.Storage.Exchange;
using StrengthQuest.Storage.Files;

namespace StrengthQuest.Cli;

/// <summary><c>backup</c>, <c>export</c> and <c>import</c>.</summary>
internal static class DataCommands
{
    public static Command Backup(CliRuntime runtime)
    {
        Argument<string> file = Options.NotBlank(new Argument<string>("FILE") { Description = "A new file for the copy (never overwritten)." }, "backup", "a path for the copy");
        Command backup = new("backup", "Copy the database to FILE, consistently, even while others play (on PostgreSQL: pg_dump's custom format, for pg_restore).") { file };
        backup.SetAction(parse => runtime.Run(parse, game =>
        {
            string target = parse.GetValue(file)!;
            game.Backup(target);
            runtime.Out.WriteLine($"Backed up {game.Database.Display} to {Path.GetFullPath(target)}.");
            return ExitCodes.Ok;
        }));
        return backup;
    }

    public static Command Export(CliRuntime runtime)
    {
        Option<string> format = new("--format")
        {
            Description = "json (re-importable) or csv (one row per set).",
            HelpName = "json|csv",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "csv");
        Option<string?> output = Options.NotBlank(new Option<string?>("--output", "-o") { Description = "Write to FILE instead of standard output.", HelpName = "FILE" }, "a file path");
        Command export = new("export", "Export every player, couple and session.") { format, output };
        export.SetAction(parse => runtime.Run(parse, game =>
        {
            ExportDocument document = game.Export();
            using StringWriter text = new();
            if (parse.GetValue(format) == "csv")
            {
                CsvExport.Write(document, text);
            }
            else
            {
                text.Write(ExportFile.Serialize(document) + "\n");
            }

            if (parse.GetValue(output) is { } path)
            {
                WriteNew(path, text.ToString());
            }
            else
            {
                runtime.Out.Write(text.ToString());
            }

            return ExitCodes.Ok;
        }));
        return export;
    }

    public static Command Import(CliRuntime runtime)
    {
        Argument<string> file = Options.NotBlank(
            new Argument<string>("FILE") { Description = "A JSON export; what is already here is not imported twice." }, "import", "the path of a JSON export");
        Command import = new("import", "Import a JSON export in one transaction.") { file };
        import.SetAction(parse => runtime.Run(parse, game =>
        {
            string path = parse.GetValue(file)!;
            string json;
            try
            {
                json = SmallFile.ReadText(path, ExportFile.MaxBytes);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new Core.GameDataException($"Cannot read {path}: {e.Message.TrimEnd('.')}.");
            }

            ImportReport report = game.Import(ExportFile.Parse(json, path), path);
            runtime.Out.WriteLine(
                $"Imported {report.PlayersAdded} players, {report.CouplesLinked} couples and {report.SessionsAdded} sessions; {report.SessionsAlreadyHere} sessions were already here.");
            foreach (string note in report.Notes)
            {
                runtime.Out.WriteLine(note);
            }

            return ExitCodes.Ok;
        }));
        return import;
    }

    /// <summary>Writes a private file (0600 on Unix) without overwriting anything.</summary>
    private static void WriteNew(string path, string content)
    {
        if (File.Exists(path))
        {
            throw new StorageException($"{path} already exists; export to a new file name so nothing is overwritten.");
        }

        using StreamWriter writer = new(NewFile.Create(path, NewFile.Private));
        writer.Write(content);
    }
}
