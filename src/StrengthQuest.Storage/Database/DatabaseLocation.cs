namespace StrengthQuest.Storage.Database;

/// <summary>
/// Where the database lives: --db, else $STRENGTHQUEST_DB, else $XDG_DATA_HOME/strengthquest/strengthquest.db.
/// A postgresql:// (or postgres://) address names a PostgreSQL database and is kept as given.
/// </summary>
public static class DatabaseLocation
{
    public const string EnvironmentVariable = "STRENGTHQUEST_DB";

    public static string Resolve(string? option, Func<string, string?> environment)
    {
        if (!string.IsNullOrWhiteSpace(option))
        {
            return IsServer(option) ? option : Path.GetFullPath(option);
        }

        if (environment(EnvironmentVariable) is { Length: > 0 } fromEnvironment)
        {
            return IsServer(fromEnvironment) ? fromEnvironment : Path.GetFullPath(fromEnvironment);
        }

        string dataHome = environment("XDG_DATA_HOME") is { Length: > 0 } xdg && Path.IsPathRooted(xdg)
            ? xdg
            : Path.Combine(environment("HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        return Path.Combine(dataHome, "strengthquest", "strengthquest.db");
    }

    /// <summary>True for a PostgreSQL address that carries a password (in its user part or as ?password=).</summary>
    public static bool HasPassword(string location) => IsServer(location) && Postgres.PostgresAddress.Display(location) != location;

    /// <summary>Why an address must not go into a command line or config file that others can read.</summary>
    public const string PasswordInCommandLine =
        "The PostgreSQL address holds a password, which would stand in sshd's command line and config: leave it out and put it in the service user's ~/.pgpass (or the file PGPASSFILE names) instead.";

    /// <summary>True for a PostgreSQL address rather than a SQLite path.</summary>
    public static bool IsServer(string location) => Postgres.PostgresAddress.Is(location);
}
