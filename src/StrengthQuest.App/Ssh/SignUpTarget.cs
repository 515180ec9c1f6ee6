namespace StrengthQuest.Ssh;

/// <summary>
/// How a player reaches this account from outside, as far as the server can tell: the account sshd
/// logged in ($USER) at this machine's name, with the port unless it is 22. Shown only, never run.
/// </summary>
public static class SignUpTarget
{
    public static string From(Func<string, string?> environment)
    {
        string? user = Plain(environment("USER") ?? environment("LOGNAME"));
        string host = Plain(Environment.MachineName) ?? "HOST";
        string[] connection = (environment("SSH_CONNECTION") ?? "").Split(' ');
        string port = connection.Length == 4 && Plain(connection[3]) is { } p && p != "22" ? $"-p {p} " : "";
        return $"{port}{(user is null ? "" : user + "@")}{host}";
    }

    private static string? Plain(string? word) =>
        word is { Length: > 0 } && word.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.') ? word : null;
}
