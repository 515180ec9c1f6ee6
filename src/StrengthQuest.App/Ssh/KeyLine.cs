using StrengthQuest.Hosting;

namespace StrengthQuest.Ssh;

/// <summary>
/// The authorized_keys line that ties a partner's public key to their player: restricted (no
/// forwarding, no agent, no X11), a terminal allowed for the game, and a forced command that names
/// the player and the database, so the client can never choose either.
/// </summary>
public static class KeyLine
{
    /// <summary>A public key line is at most a few KB, even for the largest RSA keys.</summary>
    public const int MaxFileBytes = 64 << 10;

    private static readonly string[] KeyTypes =
    [
        "ssh-ed25519", "ssh-rsa", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521",
        "sk-ssh-ed25519@openssh.com", "sk-ecdsa-sha2-nistp256@openssh.com",
    ];

    /// <summary>The line, or null (with <paramref name="problem"/>) when the key text is not one public key.</summary>
    public static string? For(string keyText, string binary, string database, string player, out string? problem)
    {
        problem = null;
        string[] lines = [.. keyText.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))];
        if (keyText.Contains("PRIVATE KEY", StringComparison.Ordinal))
        {
            problem = "That is a private key; give the public one (the .pub file), and keep the private key secret.";
            return null;
        }

        if (lines.Length != 1)
        {
            problem = $"The key file should hold exactly one public key line, not {lines.Length}.";
            return null;
        }

        string[] parts = lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || !KeyTypes.Contains(parts[0]) || parts[1].Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '=')))
        {
            problem = "That is not an OpenSSH public key (expected a line like \"ssh-ed25519 AAAA… name\").";
            return null;
        }

        if (PathProblem(binary, database) is { } unfit)
        {
            problem = unfit;
            return null;
        }

        string? comment = parts.Length > 2 ? string.Join(' ', parts[2..]) : null;
        return ForcedCommand.Line($"{ShellWords.Quote(binary)} --db {ShellWords.Quote(database)} --player {player}", parts[0], parts[1], comment);
    }

    /// <summary>Why the forced command cannot name these paths (a line break would end the authorized_keys line), or null.</summary>
    public static string? PathProblem(string binary, string database) =>
        new[] { binary, database }.FirstOrDefault(Core.Text.SafeText.HasControl) is { } unfit
            ? $"The path {Core.Text.SafeText.Strip(unfit)} holds control characters, which an authorized_keys line cannot carry; use a plain path."
            : null;
}
