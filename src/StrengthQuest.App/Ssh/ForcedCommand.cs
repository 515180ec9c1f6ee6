namespace StrengthQuest.Ssh;

/// <summary>
/// An authorized_keys line that runs StrengthQuest as a forced command: restricted (no forwarding,
/// agent, X11 or ~/.ssh/rc), a terminal allowed for the game, a private umask. The command is shell
/// text its callers quote (<see cref="Hosting.ShellWords"/>); here it goes inside command="…", where
/// sshd turns \" into " and leaves every other backslash as it is, so only double quotes are escaped.
/// </summary>
public static class ForcedCommand
{
    /// <summary>The line, or null when the command holds a control character (a line break would end the line).</summary>
    public static string? Line(string command, string keyType, string keyBase64, string? comment = null)
    {
        if (Core.Text.SafeText.HasControl(command))
        {
            return null;
        }

        string tail = string.IsNullOrEmpty(comment) ? "" : " " + Core.Text.SafeText.Strip(comment);
        return $"restrict,pty,command=\"umask 007; exec {command.Replace("\"", "\\\"", StringComparison.Ordinal)}\" {keyType} {keyBase64}{tail}";
    }
}
