using System.Diagnostics;
using Npgsql;
using Xunit.Sdk;

namespace StrengthQuest.TestSupport;

/// <summary>The engines a test runs on.</summary>
public enum Engine
{
    Sqlite,
    Postgres,
}

/// <summary>
/// A throwaway PostgreSQL cluster for this test run: initdb into a temporary folder, started by
/// pg_ctl with its unix socket in that folder (no TCP), trust for local connections, run as the
/// user nobody when the tests run as root. Each test gets a database of its own. Stopped and
/// removed when the test process exits.
/// </summary>
public sealed class PostgresCluster
{
    private const string Superuser = "sq";
    private static readonly Lazy<PostgresCluster> Shared = new(() => new PostgresCluster(), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly string _bin;
    private readonly string _root;
    private readonly int _port;
    private bool _passwordUser;

    private PostgresCluster()
    {
        _bin = BinFolder() ?? throw new InvalidOperationException(Unavailable);
        _root = Path.Combine("/tmp", "sq-pg-" + Guid.NewGuid().ToString("N")[..8]);
        _port = 50000 + Random.Shared.Next(10000);
        Directory.CreateDirectory(_root);
        if (Environment.IsPrivilegedProcess)
        {
            Run("chown", "nobody", _root);
        }

        File.SetUnixFileMode(_root, (UnixFileMode)0b111_101_101);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop();
        AsPostgresUser(Path.Combine(_bin, "initdb"), "-D", Data, "-U", Superuser, "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
        // One role must give a password (to test a wrong one); everyone else is trusted on the socket.
        string hba = Path.Combine(Data, "pg_hba.conf");
        File.WriteAllText(hba, $"local all {PasswordUser} scram-sha-256\nlocal all all trust\n");
        AsPostgresUser(
            Path.Combine(_bin, "pg_ctl"), "-D", Data, "-l", Path.Combine(_root, "log"), "-w", "-t", "60", "start",
            "-o", $"-k {_root} -c listen_addresses='' -p {_port} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300");
    }

    /// <summary>Why PostgreSQL tests cannot run here, or null when they can.</summary>
    public static string? Unavailable => BinFolder() is null
        ? "PostgreSQL's initdb, pg_ctl and postgres are not installed (apt-get install postgresql)"
        : Environment.IsPrivilegedProcess && !File.Exists("/usr/bin/setpriv") ? "running as root needs setpriv to start PostgreSQL as nobody"
        : null;

    /// <summary>A new, empty database on the shared cluster; its postgresql:// address.</summary>
    public static string NewDatabase()
    {
        PostgresCluster cluster = Shared.Value;
        string name = "sq_" + Guid.NewGuid().ToString("N")[..12];
        using NpgsqlConnection connection = new(cluster.ConnectionString("postgres"));
        connection.Open();
        using NpgsqlCommand create = new($"CREATE DATABASE {name}", connection);
        create.ExecuteNonQuery();
        return cluster.Address(name);
    }

    /// <summary>The role that logs in with the password "right" only.</summary>
    public const string PasswordUser = "sq_pw";

    /// <summary>The address of <paramref name="database"/> as <see cref="PasswordUser"/> with <paramref name="password"/>.</summary>
    public static string WithPassword(string database, string password)
    {
        PostgresCluster cluster = Shared.Value;
        lock (cluster)
        {
            if (!cluster._passwordUser)
            {
                Execute("postgres", $"CREATE ROLE {PasswordUser} LOGIN PASSWORD 'right'");
                cluster._passwordUser = true;
            }
        }

        Execute(database, $"GRANT ALL ON SCHEMA public TO {PasswordUser}");
        return $"postgresql://{PasswordUser}:{password}@/{database}?host={cluster._root}&port={cluster._port}";
    }

    /// <summary>An address where no server listens.</summary>
    public static string Nowhere => $"postgresql://{Superuser}@/game?host=/tmp/sq-pg-nowhere-{Guid.NewGuid():N}&port=5432";

    /// <summary>Runs SQL on a database of the cluster (e.g. to set up another application's tables).</summary>
    public static void Execute(string database, string sql)
    {
        using NpgsqlConnection connection = new(Shared.Value.ConnectionString(database));
        connection.Open();
        using NpgsqlCommand command = new(sql, connection);
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// The server goes away for one database, as far as its clients can tell: every connection to it
    /// is ended (as pg_terminate_backend does when an operator stops the server) and new ones are
    /// refused until <see cref="Reopen"/>. The rest of the shared cluster carries on.
    /// </summary>
    public static void CutOff(string address)
    {
        string name = DatabaseName(address);
        Execute("postgres", $"ALTER DATABASE {name} ALLOW_CONNECTIONS false");
        Execute("postgres", $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'");
    }

    /// <summary>The database takes connections again after <see cref="CutOff"/>.</summary>
    public static void Reopen(string address) => Execute("postgres", $"ALTER DATABASE {DatabaseName(address)} ALLOW_CONNECTIONS true");

    /// <summary>Npgsql's connection string for one of this cluster's addresses.</summary>
    public static string ConnectionStringFor(string address)
    {
        Dictionary<string, string> query = address[(address.IndexOf('?', StringComparison.Ordinal) + 1)..].Split('&')
            .Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        string user = address["postgresql://".Length..address.IndexOf('@', StringComparison.Ordinal)];
        return $"Host={query["host"]};Port={query["port"]};Username={user};Database={DatabaseName(address)};Pooling=false";
    }

    public static bool IsAddress(string location) => location.StartsWith("postgresql://", StringComparison.Ordinal);

    public static string DatabaseName(string address)
    {
        string path = address[..address.IndexOf('?', StringComparison.Ordinal)];
        return path[(path.LastIndexOf('/') + 1)..];
    }

    /// <summary>One of PostgreSQL's programs (pg_restore, psql…) from the cluster's own folder, else from PATH.</summary>
    public static string Tool(string name) =>
        new[] { BinFolder() }.Concat((Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
            .OfType<string>().Select(folder => Path.Combine(folder, name)).FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException($"{name} is not installed");

    /// <summary>libpq's connection string (for psql, pg_restore) for one of this cluster's addresses.</summary>
    public static string LibpqFor(string address)
    {
        Dictionary<string, string> query = address[(address.IndexOf('?', StringComparison.Ordinal) + 1)..].Split('&')
            .Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        return $"host={query["host"]} port={query["port"]} user={Superuser} dbname={DatabaseName(address)}";
    }

    private string Data => Path.Combine(_root, "data");

    private string Address(string database) => $"postgresql://{Superuser}@/{database}?host={_root}&port={_port}";

    private string ConnectionString(string database) => $"Host={_root};Port={_port};Username={Superuser};Database={database};Pooling=false";

    private void Stop()
    {
        try
        {
            AsPostgresUser(Path.Combine(_bin, "pg_ctl"), "-D", Data, "-m", "immediate", "-w", "stop");
        }
        catch (InvalidOperationException)
        {
        }

        Directory.Delete(_root, recursive: true);
    }

    private static string? BinFolder()
    {
        IEnumerable<string> candidates = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/local/bin")
            .Concat(Directory.Exists("/usr/lib/postgresql")
                ? Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => int.TryParse(Path.GetFileName(d), out int v) ? v : 0).Select(d => Path.Combine(d, "bin"))
                : []);
        return candidates.FirstOrDefault(d => new[] { "initdb", "pg_ctl", "postgres" }.All(t => File.Exists(Path.Combine(d, t))));
    }

    private static void AsPostgresUser(string program, params string[] args)
    {
        if (Environment.IsPrivilegedProcess)
        {
            Run("/usr/bin/setpriv", ["--reuid=nobody", "--regid=nogroup", "--clear-groups", program, .. args]);
        }
        else
        {
            Run(program, args);
        }
    }

    private static void Run(string program, params string[] args)
    {
        ProcessStartInfo info = new(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(info)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} failed: {output.Result}{error}");
        }
    }
}

/// <summary>Runs a theory on SQLite.</summary>
public sealed class OnSqliteAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(System.Reflection.MethodInfo testMethod) => [[Engine.Sqlite]];
}

/// <summary>Runs a theory on PostgreSQL; skipped, with the reason, where PostgreSQL is not installed.</summary>
public sealed class OnPostgresAttribute : DataAttribute
{
    public OnPostgresAttribute() => Skip = PostgresCluster.Unavailable!;

    public override IEnumerable<object[]> GetData(System.Reflection.MethodInfo testMethod) => [[Engine.Postgres]];
}
