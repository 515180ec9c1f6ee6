namespace StrengthQuest.Hosting;

/// <summary>The full-screen game needs a terminal on both stdin and stdout; without one it says so at once.</summary>
public static class TerminalCheck
{
    public const string Needed = "The full-screen game needs a terminal: run it in one (over SSH: ssh -t), or use a command (strengthquest --help).";

    public static bool Missing => Console.IsInputRedirected || Console.IsOutputRedirected;
}
