using System.Diagnostics;

namespace StrengthQuest.Tests.Support;

/// <summary>What one run of the real binary did.</summary>
public sealed record CliResult(int ExitCode, string Out, string Err)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Err}";
}

/// <summary>
/// Runs the real <c>strengthquest</c> binary as a subprocess, on a database in a temporary folder,
/// with a fixed clock. Nothing of the caller's own environment leaks in.
/// </summary>
public sealed class Cli : IDisposable
{
    public static readonly string Binary = Path.Combine(AppContext.BaseDirectory, "strengthquest");

    private readonly TempFolder _folder = new();

    public Cli(string now = "2026-11-24T10:00:00Z", TestSupport.Engine engine = TestSupport.Engine.Sqlite)
    {
        Now = now;
        Engine = engine;
        Database = engine == TestSupport.Engine.Postgres ? TestSupport.PostgresCluster.NewDatabase() : _folder.File("sq.db");
    }

    public TestSupport.Engine Engine { get; }

    /// <summary>A second, empty database on the same engine: a new PostgreSQL database, or the SQLite file <paramref name="name"/> in this folder.</summary>
    public string OtherDatabase(string name) =>
        Engine == TestSupport.Engine.Postgres ? TestSupport.PostgresCluster.NewDatabase() : _folder.File(name);

    /// <summary>Alex (Berlin, or the zone given) and Sam (New York), linked as a couple.</summary>
    public static Cli Couple(string now = "2026-11-24T10:00:00Z", string alexZone = "Europe/Berlin", int alexDayStart = 4, TestSupport.Engine engine = TestSupport.Engine.Sqlite)
    {
        Cli cli = new(now, engine);
        cli.Run("player", "add", "alex", "--name", "Alex", "--tz", alexZone, "--day-start", alexDayStart.ToString(System.Globalization.CultureInfo.InvariantCulture));
        cli.Run("player", "add", "sam", "--name", "Sam", "--tz", "America/New_York");
        cli.Run("couple", "link", "alex", "sam");
        return cli;
    }

    public string Now { get; set; }

    public string Database { get; set; }

    public string Folder => _folder.Path;

    /// <summary>Where the binary runs; null: this process's own folder.</summary>
    public string? WorkingDirectory { get; set; }

    public Dictionary<string, string> Environment { get; } = [];

    public CliResult Run(params string[] args) => Start(args).Finish();

    /// <summary>Starts the binary without waiting, e.g. to run many at once or to kill one.</summary>
    public Running Start(params string[] args)
    {
        ProcessStartInfo info = new(Binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = WorkingDirectory ?? "",
        };
        foreach (string arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment.Clear();
        info.Environment["PATH"] = "/usr/local/bin:/usr/bin:/bin";
        info.Environment["HOME"] = _folder.Path;
        info.Environment["TZ"] = "UTC";
        info.Environment["STRENGTHQUEST_DB"] = Database;
        info.Environment["STRENGTHQUEST_NOW"] = Now;
        if (System.Environment.GetEnvironmentVariable("DOTNET_ROOT") is { } root)
        {
            info.Environment["DOTNET_ROOT"] = root;
        }

        foreach ((string key, string value) in Environment)
        {
            info.Environment[key] = value;
        }

        Process process = Process.Start(info)!;
        process.StandardInput.Close();
        return new Running(process);
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>A started process; read its output and exit code with <see cref="Finish"/>.</summary>
    public sealed class Running(Process process)
    {
        private readonly Task<string> _out = process.StandardOutput.ReadToEndAsync();
        private readonly Task<string> _err = process.StandardError.ReadToEndAsync();

        public Process Process => process;

        public CliResult Finish(int timeoutMs = 60_000)
        {
            if (!process.WaitForExit(timeoutMs))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"strengthquest did not finish within {timeoutMs} ms");
            }

            process.WaitForExit();
            CliResult result = new(process.ExitCode, _out.Result, _err.Result);
            process.Dispose();
            return result;
        }
    }
}
