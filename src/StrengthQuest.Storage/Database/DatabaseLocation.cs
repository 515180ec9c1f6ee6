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

    /// <summary>True for a PostgreSQL address rather than a SQLite path.</summary>
    public static bool IsServer(string location) => Postgres.PostgresAddress.Is(location);
}
