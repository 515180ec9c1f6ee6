namespace StrengthQuest.Ssh;

/// <summary>
/// The ssh command that reaches this account on this host, as far as the server can tell: the
/// account sshd logged in ($USER), this machine's name, and the port unless it is 22.
/// </summary>
public static class SshTarget
{
    public static string From(Func<string, string?> environment)
    {
        string? user = Plain(environment("USER") ?? environment("LOGNAME"));
        string host = Plain(Environment.MachineName) ?? "HOST";
        string[] connection = (environment("SSH_CONNECTION") ?? "").Split(' ');
        string port = connection.Length == 4 && Plain(connection[3]) is { } p && p != "22" ? $"-p {p} " : "";
        return $"ssh {port}{(user is null ? "" : user + "@")}{host}";
    }

    /// <summary>The word when it needs no quoting (it comes from the environment and is only shown), else null.</summary>
    private static string? Plain(string? word) =>
        word is { Length: > 0 } && word.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.') ? word : null;
}
