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

    public static int Run(string[] args, CliRuntime runtime)
    {
        string folder = Path.GetDirectoryName(Environment.ProcessPath) ?? AppContext.BaseDirectory;
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
