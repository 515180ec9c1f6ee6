using StrengthQuest.Services;
using StrengthQuest.Storage.Database;

namespace StrengthQuest.Cli;

/// <summary>
/// Over SSH on a host where keys sign up, a client's command acts for the key's owner. A key with
/// no player yet is told in one line how to sign up — in the game, which needs a terminal.
/// </summary>
internal static class KeyOwner
{
    /// <summary>The handle of the key's owner, or null for a key new to this host.</summary>
    public static string? Find(CliRuntime runtime, string? databaseOption, string key)
    {
        using GameDatabase database = GameDatabase.Open(DatabaseLocation.Resolve(databaseOption, runtime.Environment));
        return GameService.KeyOwner(database, runtime.Clock(), key)?.Handle;
    }

    /// <summary>One line: this key has no player here yet, and the command that signs it up.</summary>
    public static string SignUpHint(Func<string, string?> environment) =>
        $"This key has no player on this host yet: sign up in the game with ssh -t {Ssh.SshTarget.From(environment)["ssh ".Length..]} (it asks for a handle, your name and zone).";
}
