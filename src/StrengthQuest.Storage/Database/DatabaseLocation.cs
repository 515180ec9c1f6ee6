namespace StrengthQuest.Storage.Database;

/// <summary>Where the database lives: --db, else $STRENGTHQUEST_DB, else $XDG_DATA_HOME/strengthquest/strengthquest.db.</summary>
public static class DatabaseLocation
{
    public const string EnvironmentVariable = "STRENGTHQUEST_DB";

    public static string Resolve(string? option, Func<string, string?> environment)
    {
        if (!string.IsNullOrWhiteSpace(option))
        {
            return Path.GetFullPath(option);
        }

        if (environment(EnvironmentVariable) is { Length: > 0 } fromEnvironment)
        {
            return Path.GetFullPath(fromEnvironment);
        }

        string dataHome = environment("XDG_DATA_HOME") is { Length: > 0 } xdg && Path.IsPathRooted(xdg)
            ? xdg
            : Path.Combine(environment("HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        return Path.Combine(dataHome, "strengthquest", "strengthquest.db");
    }
}
