using System.Globalization;
using System.Text;
using StrengthQuest.Hosting;

namespace StrengthQuest.Ssh;

/// <summary>
/// <c>strengthquest ssh-authorized-keys USER TYPE KEY [--db PATH] [--max-players N]</c>: sshd's
/// AuthorizedKeysCommand (%u %t %k) on a host where any key may sign up. For an allowed, well-formed
/// key it prints one line letting that key in, with a forced command that runs StrengthQuest for the
/// key's fingerprint; for anything else it prints nothing and fails. It runs twice per login, so it
/// stays lean: no command-line library, no catalog, no database, no crypto library.
/// </summary>
public static class AuthorizedKeys
{
    public const string Verb = "ssh-authorized-keys";

    /// <summary>The most players a host can be capped at (a sanity bound, not a suggestion).</summary>
    public const int MaxPlayersLimit = 1_000_000;

    /// <summary>Runs the command: the line on standard output, or one sentence on standard error.</summary>
    public static int Main(string[] args, string binary)
    {
        string? line = Line(args, binary, out int code, out string? problem);
        if (line is not null)
        {
            using Stream output = Console.OpenStandardOutput();
            output.Write(Encoding.UTF8.GetBytes(line + "\n"));
            return ExitCodes.Ok;
        }

        using Stream error = Console.OpenStandardError();
        error.Write(Encoding.UTF8.GetBytes(Core.Text.SafeText.Strip(problem) + "\n"));
        return code;
    }

    /// <summary>The line for these arguments (args[0] is the verb), or null with the exit code and why.</summary>
    public static string? Line(IReadOnlyList<string> args, string binary, out int code, out string? problem)
    {
        code = ExitCodes.Usage;
        List<string> positional = [];
        string? database = null;
        int? maxPlayers = null;
        for (int i = 1; i < args.Count; i++)
        {
            string arg = args[i];
            string? value = null;
            string name = arg;
            if (arg.StartsWith("--", StringComparison.Ordinal) && arg.IndexOf('=', StringComparison.Ordinal) is > 2 and int eq)
            {
                (name, value) = (arg[..eq], arg[(eq + 1)..]);
            }

            if (name is "--db" or "--max-players")
            {
                value ??= i + 1 < args.Count ? args[++i] : null;
                if (string.IsNullOrEmpty(value))
                {
                    problem = $"{name} needs a value.";
                    return null;
                }

                if (name == "--db")
                {
                    if (Storage.Database.DatabaseLocation.HasPassword(value))
                    {
                        problem = Storage.Database.DatabaseLocation.PasswordInCommandLine;
                        return null;
                    }

                    database = value;
                }
                else if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int cap) && cap is >= 1 and <= MaxPlayersLimit)
                {
                    maxPlayers = cap;
                }
                else
                {
                    problem = $"--max-players takes a whole number from 1 to {MaxPlayersLimit}.";
                    return null;
                }
            }
            else if (arg.StartsWith('-') && arg.Length > 1)
            {
                problem = $"{Verb} takes USER TYPE KEY, --db PATH and --max-players N; not {Show(arg)}.";
                return null;
            }
            else
            {
                positional.Add(arg);
            }
        }

        if (positional.Count != 3)
        {
            problem = $"{Verb} takes three words from sshd (AuthorizedKeysCommand … %u %t %k), not {positional.Count}.";
            return null;
        }

        code = ExitCodes.InvalidData;
        (string user, string type, string key) = (positional[0], positional[1], positional[2]);
        if (!IsServiceUser(user))
        {
            problem = "Refused: not a user name a game can be played as.";
            return null;
        }

        if (PublicKey.Fingerprint(type, key) is not { } fingerprint)
        {
            problem = "Refused: not a well-formed public key of a type this host takes.";
            return null;
        }

        string command = ShellWords.Quote(binary)
            + (database is null ? "" : " --db " + ShellWords.Quote(database))
            + " --key " + fingerprint
            + (maxPlayers is { } max ? " --max-players " + max.ToString(CultureInfo.InvariantCulture) : "");
        if (ForcedCommand.Line(command, type, key) is not { } line)
        {
            problem = "Refused: the program's or the database's path holds control characters.";
            return null;
        }

        (code, problem) = (ExitCodes.Ok, null);
        return line;
    }

    /// <summary>A plain POSIX user name, and never root: a key line for root would be a door to the whole host.</summary>
    private static bool IsServiceUser(string user) =>
        user.Length is > 0 and <= 32 && user != "root" && (char.IsAsciiLetterLower(user[0]) || user[0] == '_')
        && user.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '_' or '-');

    private static string Show(string word) => word.Length > 40 ? word[..40] + "…" : word;
}
