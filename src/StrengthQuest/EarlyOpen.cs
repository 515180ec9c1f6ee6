using StrengthQuest.Storage.Database;

namespace StrengthQuest;

/// <summary>
/// Before any parsing: a command on a PostgreSQL database (--db, else $STRENGTHQUEST_DB) starts
/// connecting at once, so the server starting a process for it overlaps the command line, the
/// catalog and the rest of the command's start-up. The command opens its database as ever, and
/// takes this connection only when it names the same address; anything else — a SQLite file, a
/// command that never opens a database, an SSH client whose key decides later — costs at most
/// a connection left unused.
/// </summary>
internal static class EarlyOpen
{
    public static void Start(string[] args)
    {
        // A command speaks to PostgreSQL synchronously, yet .NET hands every reply on its socket from
        // the event thread to a thread-pool worker, which then spins waiting for more work on the
        // cores the server needs. Handled on the one event thread instead (unless set otherwise).
        KeepUnlessSet("DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS", "1");
        KeepUnlessSet("DOTNET_SYSTEM_NET_SOCKETS_THREAD_COUNT", "1");
        if (Environment.GetEnvironmentVariable(Ssh.SshGate.EnvironmentVariable) is not null)
        {
            return;
        }

        if ((DbArgument(args) ?? Environment.GetEnvironmentVariable(DatabaseLocation.EnvironmentVariable)) is { Length: > 0 } location)
        {
            GameDatabase.StartOpening(location);
        }
    }

    private static void KeepUnlessSet(string variable, string value)
    {
        if (Environment.GetEnvironmentVariable(variable) is null)
        {
            Environment.SetEnvironmentVariable(variable, value);
        }
    }

    /// <summary>The first --db's value (--db X or --db=X), as the parser will read it; null when there is none.</summary>
    public static string? DbArgument(IReadOnlyList<string> args)
    {
        for (int i = 0; i < args.Count; i++)
        {
            if (args[i] == "--db")
            {
                return i + 1 < args.Count ? args[i + 1] : null;
            }

            if (args[i].StartsWith("--db=", StringComparison.Ordinal))
            {
                return args[i]["--db=".Length..];
            }
        }

        return null;
    }
}
