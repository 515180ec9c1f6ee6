namespace StrengthQuest.Ssh;

/// <summary>What to run for an SSH session: these arguments, or a refusal to print.</summary>
public sealed record SshDecision(IReadOnlyList<string>? Args, string? Refusal)
{
    /// <summary>
    /// The fingerprint the forced command names instead of a player (a host where keys sign up):
    /// a client's command then runs for the key's owner, once looked up.
    /// </summary>
    public string? Key { get; init; }

    /// <summary>True when the client asked for a command (not the game itself).</summary>
    public bool IsCommand { get; init; }

    /// <summary>The database the forced command names (null: the default place).</summary>
    public string? Database { get; init; }
}

/// <summary>
/// SSH mode. The server's forced command (trusted) names the player — or the key, whose owner is the
/// player — and the database; the client's command arrives in SSH_ORIGINAL_COMMAND (untrusted).
/// Only the player's own verbs pass, never an option that picks another player, key, database or
/// catalog, and the forced player is always the one acted for.
/// </summary>
public static class SshGate
{
    public const string EnvironmentVariable = "SSH_ORIGINAL_COMMAND";

    public static readonly IReadOnlyList<string> AllowedVerbs = ["status", "quest", "history", "log", "nudge", "recap", "session", "undo", "keys", "invite", "join", "board"];

    /// <summary>Sub-commands only the host's operator may run, even of an allowed verb.</summary>
    private static readonly (string Verb, string Sub)[] OperatorOnly = [("keys", "add")];

    private static readonly string[] ForbiddenOptions = ["--player", "-p", "--db", "--catalog", "--key", "--max-players"];

    // --max-players matters only to a sign-up, which happens in the game.
    private static readonly string[] TrustedGlobals = ["--db", "--catalog", "--key"];

    /// <summary>Null when this is not an SSH session with a client command: run the arguments as given.</summary>
    public static SshDecision? Decide(IReadOnlyList<string> args, Func<string, string?> environment)
    {
        string? original = environment(EnvironmentVariable);
        if (original is null)
        {
            return null;
        }

        string? player = ValueOf(args, "--player") ?? ValueOf(args, "-p");
        string? key = ValueOf(args, "--key");
        if (player is null && key is null)
        {
            return Refuse("This SSH key is not tied to a player: its forced command needs --player or --key.");
        }

        if (key is not null && (player is not null || !PublicKey.IsFingerprint(key)))
        {
            return Refuse("This SSH key's forced command is malformed: it needs --key SHA256:… and no --player.");
        }

        IReadOnlyList<string>? words = CommandLineSplitter.Split(original, out string? problem);
        if (words is null)
        {
            return Refuse($"Refused: {problem?.TrimEnd('.')}.");
        }

        if (words.Count == 0)
        {
            // `ssh -t host` with an empty command: the game itself, as the key's player.
            return new SshDecision(args, null) { Key = key };
        }

        string verb = words[0];
        if (!AllowedVerbs.Contains(verb))
        {
            return Refuse($"Refused: \"{Show(verb)}\" is not available over SSH; you can run {string.Join(", ", AllowedVerbs)}, or connect with ssh -t for the game.");
        }

        if (OperatorOnly.FirstOrDefault(o => o.Verb == verb && words.Skip(1).Contains(o.Sub)) is { Sub: { } sub })
        {
            return Refuse($"Refused: {verb} {sub} is for the host's operator; a new key joins with a code from keys code, entered at sign-up (ssh -t).");
        }

        foreach (string word in words.Skip(1))
        {
            if (word.StartsWith('@') || word.StartsWith('['))
            {
                return Refuse($"Refused: \"{Show(word)}\" is not allowed over SSH.");
            }

            // The command-line parser takes a value joined by '=' or ':' alike (--db:PATH is --db PATH).
            string name = word.Split(['=', ':'], 2)[0];
            if (ForbiddenOptions.Contains(name) || (name.StartsWith("-p", StringComparison.Ordinal) && !name.StartsWith("--", StringComparison.Ordinal) && name.Length > 2))
            {
                return Refuse($"Refused: {Show(name)} is not allowed over SSH; this key always plays as {(player is null ? "its own player" : player)}.");
            }
        }

        List<string> run = [.. words];
        if (player is not null)
        {
            run.AddRange(["--player", player]);
        }

        foreach (string option in TrustedGlobals)
        {
            if (ValueOf(args, option) is { } value)
            {
                run.Add(option);
                run.Add(value);
            }
        }

        return new SshDecision(run, null) { Key = key, IsCommand = true, Database = ValueOf(args, "--db") };
    }

    private static SshDecision Refuse(string message) => new(null, message);

    private static string Show(string word) => Core.Text.SafeText.Strip(word.Length > 40 ? word[..40] + "…" : word);

    /// <summary>The value of <c>--name value</c> or <c>--name=value</c> among trusted arguments.</summary>
    private static string? ValueOf(IReadOnlyList<string> args, string name)
    {
        for (int i = 0; i < args.Count; i++)
        {
            if (args[i] == name && i + 1 < args.Count)
            {
                return args[i + 1];
            }

            if (args[i].StartsWith(name + "=", StringComparison.Ordinal))
            {
                return args[i][(name.Length + 1)..];
            }
        }

        return null;
    }
}
