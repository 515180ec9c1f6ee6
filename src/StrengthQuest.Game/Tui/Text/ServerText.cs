namespace StrengthQuest.Tui.Text;

/// <summary>What the game says while its database server (PostgreSQL) is out of reach, and when it is back.</summary>
public static class ServerText
{
    /// <summary>The message line while the server is away; <paramref name="why"/> is the storage's one sentence.</summary>
    public static string Lost(string why) =>
        $"Lost the server, reconnecting… Your screen and any check-in in progress are kept. ({why.TrimEnd('.')})";

    public const string Back = "Back on the server: up to date.";

    /// <summary>A write asked for while the server is away (the storage error the game shows for it).</summary>
    public const string NotNow = "The server is out of reach for now; the game is reconnecting.";

    /// <summary>A check-in in progress that could not be kept while the server is away.</summary>
    public const string DraftHeld = "The server is out of reach: your check-in is here and is saved as soon as it is back.";
}
