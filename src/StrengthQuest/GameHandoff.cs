using System.Runtime.InteropServices;
using StrengthQuest.Cli;
using StrengthQuest.Hosting;

namespace StrengthQuest;

/// <summary>
/// With no verb, strengthquest becomes the full-screen game: it replaces itself (execv) with
/// strengthquest-game from its own folder, with the same arguments and environment. The process,
/// its terminal and its signals stay the same — a hang-up reaches the game directly, and nothing
/// is left behind to wait on it.
/// </summary>
internal static partial class GameHandoff
{
    public const string GameFile = "strengthquest-game";

    /// <summary>The options a plain game launch may carry, each followed by its value.</summary>
    private static readonly string[] LaunchOptions = ["--db", "--catalog", "--player", "-p"];

    private static string Folder => Path.GetDirectoryName(Environment.ProcessPath) ?? AppContext.BaseDirectory;

    /// <summary>
    /// Before any parsing: a plain game launch (no verb, only the options above, not an SSH
    /// client's command) hands over at once. strengthquest-game reads the same arguments and reports
    /// any fault in them the same way, so nothing is lost, and the first frame comes ~3 ms sooner.
    /// Anything else — a verb, --help, a missing game, no terminal — takes the ordinary path, which
    /// runs the command or says what is wrong.
    /// </summary>
    public static void HandOverEarly(string[] args)
    {
        if (Environment.GetEnvironmentVariable(Ssh.SshGate.EnvironmentVariable) is not null || !IsPlainLaunch(args) || TerminalCheck.Missing)
        {
            return;
        }

        string game = Path.Combine(Folder, GameFile);
        if (File.Exists(game))
        {
            Execv(game, [game, .. args, null]);
        }
    }

    /// <summary>Only launch options, each with its value (--db FILE or --db=FILE, never "-…"), and nothing else.</summary>
    public static bool IsPlainLaunch(IReadOnlyList<string> args)
    {
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if (LaunchOptions.Contains(arg) && i + 1 < args.Count && !args[i + 1].StartsWith('-'))
            {
                i++;
            }
            else if (!LaunchOptions.Any(option => option.StartsWith("--", StringComparison.Ordinal) && arg.StartsWith(option + "=", StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }

    public static int Run(string[] args, CliRuntime runtime)
    {
        string folder = Folder;
        string game = Path.Combine(folder, GameFile);
        if (!File.Exists(game))
        {
            return runtime.Fail(ExitCodes.Usage, $"The full-screen game ({GameFile}) is missing from {folder}; install it beside strengthquest.");
        }

        // Refuse at once without a terminal, before starting anything.
        if (TerminalCheck.Missing)
        {
            return runtime.Fail(ExitCodes.Usage, TerminalCheck.Needed);
        }

        string?[] argv = [game, .. args, null];
        Execv(game, argv);
        return runtime.Fail(ExitCodes.Usage, $"Could not start {game}: {Marshal.GetLastPInvokeErrorMessage()}.");
    }

    [LibraryImport("libc", EntryPoint = "execv", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Execv(string path, string?[] argv);
}
