namespace StrengthQuest.Ssh;

/// <summary>
/// An authorized_keys line that runs StrengthQuest as a forced command: restricted (no forwarding,
/// agent, X11 or ~/.ssh/rc), a terminal allowed for the game. The words are single-quoted for the
/// shell that runs the command, and the whole for sshd's command="…", where only \" is an escape.
/// </summary>
public static class ForcedCommand
{
    /// <summary>The line, or null when a word holds a control character (a line break would end the line).</summary>
    public static string? Line(IEnumerable<string> words, string keyType, string keyBase64, string? comment = null)
    {
        string[] all = [.. words];
        if (all.Any(Core.Text.SafeText.HasControl))
        {
            return null;
        }

        string command = "umask 007; exec " + string.Join(' ', all.Select(Quote));
        string tail = string.IsNullOrEmpty(comment) ? "" : " " + Core.Text.SafeText.Strip(comment);
        return $"restrict,pty,command=\"{command.Replace("\"", "\\\"", StringComparison.Ordinal)}\" {keyType} {keyBase64}{tail}";
    }

    /// <summary>A word as the shell reads it: as it is when plainly safe, else in single quotes.</summary>
    public static string Quote(string word) =>
        word.Length > 0 && word.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':' or '=' or '+' or '@' or ',')
            ? word
            : "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
