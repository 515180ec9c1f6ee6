using System.Diagnostics;
using Npgsql;
using StrengthQuest.Storage.Files;

namespace StrengthQuest.Storage.Database.Postgres;

/// <summary>
/// A PostgreSQL game's backup is pg_dump's, in its custom format (pg_restore reads it), when pg_dump
/// is on PATH. It connects as the game does — the address's own parameters, the host and port the
/// game resolved — with the password in PGPASSWORD, never on a command line. The dump goes to a
/// private file beside the target, renamed to it only once pg_dump has finished well.
/// </summary>
internal static class PgDump
{
    public static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "pg_dump"))
            .FirstOrDefault(File.Exists);

    public static string Missing(string display, string target) =>
        $"The game is on PostgreSQL ({display}) and pg_dump is not on PATH: install the PostgreSQL client tools, or back it up with pg_dump --format=custom --file={target} '{display}'.";

    public static void Run(string uri, string target)
    {
        string display = PostgresAddress.Display(uri);
        string program = Find() ?? throw new StorageException(Missing(display, target));
        if (File.Exists(target) || Directory.Exists(target))
        {
            throw new StorageException($"{target} already exists; back up to a new file name so nothing is overwritten.");
        }

        string temp;
        try
        {
            temp = NewFile.HiddenBeside(target, "partial");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StorageException($"Cannot create the backup {target}: {e.Message.TrimEnd('.')}.", e);
        }

        try
        {
            Dump(program, uri, display, temp);
            File.Move(temp, target, overwrite: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StorageException($"Cannot create the backup {target}: {e.Message.TrimEnd('.')}.", e);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private static void Dump(string program, string uri, string display, string file)
    {
        NpgsqlConnectionStringBuilder settings = PostgresAddress.Parse(uri);
        ProcessStartInfo start = new(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in new[] { "--format=custom", "--no-password", $"--file={file}", $"--dbname={display.TrimEnd('&', '?')}" })
        {
            start.ArgumentList.Add(arg);
        }

        // The address's own host wins in libpq; these only fill in the defaults the game chose.
        if (settings.Host is { } host && !host.Contains(',', StringComparison.Ordinal))
        {
            start.Environment["PGHOST"] = host;
            start.Environment["PGPORT"] = settings.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (settings.Password is { } password)
        {
            start.Environment["PGPASSWORD"] = password;
        }

        using Process process = Process.Start(start) ?? throw new StorageException($"Could not start {program}; no backup was written.");
        process.StandardInput.Close();
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        string errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        output.Wait();
        if (process.ExitCode != 0)
        {
            throw new StorageException($"pg_dump could not back up {display}: {FirstError(errors)}; no backup was written.");
        }
    }

    private static string FirstError(string errors)
    {
        string[] lines = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        string line = lines.FirstOrDefault(l => l.Contains("error:", StringComparison.Ordinal)) ?? lines.FirstOrDefault() ?? "it stopped without saying why";
        int at = line.IndexOf("error:", StringComparison.Ordinal);
        return (at >= 0 ? line[(at + "error:".Length)..] : line).Trim().TrimEnd('.');
    }
}
