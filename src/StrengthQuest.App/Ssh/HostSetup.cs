using System.Globalization;
using StrengthQuest.Storage.Database;

namespace StrengthQuest.Ssh;

/// <summary>
/// What an operator does once to run a host where any SSH key signs up: create the service account
/// (it owns the database) and the account sshd runs the key command as, and add a Match block to
/// sshd_config. Printed by <c>host-setup</c>, to be read, then pasted.
/// </summary>
public static class HostSetup
{
    /// <summary>The setup text, or null with why when the names or paths cannot go into sshd_config.</summary>
    public static string? Text(string binary, string user, string keysUser, string database, int? maxPlayers, out string? problem)
    {
        problem = !IsUserName(user) ? $"\"{Show(user)}\" is not a user name useradd takes (lower-case letters, digits, - and _, at most 32)."
            : !IsUserName(keysUser) ? $"\"{Show(keysUser)}\" is not a user name useradd takes (lower-case letters, digits, - and _, at most 32)."
            : user == keysUser ? "The key command's account must not be the service account: sshd runs it for every login attempt."
            : user == "root" ? "Not root: the service account plays the game for strangers' keys."
            : !IsPlainPath(binary) ? $"The program's path {Show(binary)} must be absolute and plain (letters, digits, / . _ -): sshd_config splits words at spaces."
            : DatabaseLocation.IsServer(database)
                ? !IsPlainAddress(database) ? $"The PostgreSQL address {Show(database)} must be plain (letters, digits and / . _ - : @ ? = & ,): sshd_config splits words at spaces and expands %."
                : null
            : !IsPlainPath(database) ? $"The database path {Show(database)} must be absolute and plain (letters, digits, / . _ -): sshd_config splits words at spaces."
            : null;
        if (problem is not null)
        {
            return null;
        }

        string cap = maxPlayers is { } max ? " --max-players " + max.ToString(CultureInfo.InvariantCulture) : "";
        string storage = DatabaseLocation.IsServer(database)
            ? $"""
            # The game is on PostgreSQL: {user} connects with that address. Give it a role there
            # (createuser {user}; grant it the database), and any password in ~{user}/.pgpass (mode 600).
            """
            : $"install -d -m 700 -o {user} -g {user} {Path.GetDirectoryName(database)!}";
        return $"""
            # A StrengthQuest host for many couples: any SSH key signs up, as the account {user}.
            # 1. As root: the service account (it owns the database; key login only, no password)
            #    and the account sshd runs the key command as (it needs no files at all).
            useradd --system --create-home --shell /bin/sh {user}
            usermod -p '*' {user}
            useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin {keysUser}
            {storage}
            # sshd runs {binary} only if it and every folder above it are owned by root and
            # writable by no one else, e.g.: install -d -m 755 /opt/strengthquest, and copy the
            # published files there (strengthquest, strengthquest-game and the two .so files).
            #
            # 2. Add this block at the end of /etc/ssh/sshd_config, then: sshd -t && reload sshd
            #    (systemctl reload ssh, or kill -HUP the sshd process).
            Match User {user}
                AuthorizedKeysFile none
                AuthorizedKeysCommand {binary} {AuthorizedKeys.Verb} %u %t %k --db {database}{cap}
                AuthorizedKeysCommandUser {keysUser}
                AuthenticationMethods publickey
                PasswordAuthentication no
                KbdInteractiveAuthentication no
                PermitTTY yes
                DisableForwarding yes
                PermitTunnel no
                PermitUserRC no
                ClientAliveInterval 15
                ClientAliveCountMax 4
            #
            # 3. Players: ssh -t {user}@THIS-HOST opens the game; a new key signs up there. With
            #    several keys, pick one: ssh -t -i ~/.ssh/id_ed25519 -o IdentitiesOnly=yes {user}@THIS-HOST
            #    The operator: sudo -u {user} {binary} --db {Hosting.ShellWords.Quote(database)} player list
            """;
    }

    /// <summary>
    /// The first of the program and the folders above it that group or others may write to (sshd
    /// refuses such an AuthorizedKeysCommand), or null. Ownership is left to sshd -t to check.
    /// </summary>
    public static string? UnsafeFolder(string binary)
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        for (string? path = binary; !string.IsNullOrEmpty(path); path = Path.GetDirectoryName(path))
        {
            try
            {
                if ((File.GetUnixFileMode(path) & (UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) != 0)
                {
                    return path;
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Absolute, and only characters that need no quoting in sshd_config or a shell.</summary>
    private static bool IsPlainPath(string path) =>
        path.StartsWith('/') && !path.Contains("/../", StringComparison.Ordinal) && !path.EndsWith("/..", StringComparison.Ordinal)
        && path.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '.' or '_' or '-');

    /// <summary>A postgresql:// address with only characters that need no quoting in sshd_config (no %, which sshd expands).</summary>
    private static bool IsPlainAddress(string address) =>
        address.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '.' or '_' or '-' or ':' or '@' or '?' or '=' or '&' or ',');

    private static bool IsUserName(string user) =>
        user.Length is > 0 and <= 32 && (char.IsAsciiLetterLower(user[0]) || user[0] == '_')
        && user.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '_' or '-');

    private static string Show(string text) => Core.Text.SafeText.Strip(text.Length > 40 ? text[..40] + "…" : text);
}
