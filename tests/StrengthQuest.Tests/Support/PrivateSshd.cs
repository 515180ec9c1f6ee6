using StrengthQuest.TestSupport;
using System.Net;
using System.Net.Sockets;

namespace StrengthQuest.Tests.Support;

/// <summary>
/// A real OpenSSH server of the test's own on 127.0.0.1: private host key and config, throwaway
/// Unix users, authorized_keys outside /tmp (StrictModes refuses world-writable parents), and a
/// copy of the game where those users can run it. Everything is removed on dispose.
/// </summary>
public sealed class PrivateSshd : IDisposable
{
    private readonly List<string> _users = [];
    private readonly List<string> _groups = [];
    private readonly List<string> _extraFolders = [];
    private System.Diagnostics.Process? _sshd;

    public PrivateSshd(string now)
    {
        string id = Guid.NewGuid().ToString("N")[..6];
        Id = id;
        Root = Path.Combine("/tmp", $"sq-ssh-{id}");
        Keys = Path.Combine("/run", $"sq-ssh-keys-{id}");
        Directory.CreateDirectory(Root);
        Directory.CreateDirectory(Keys);
        foreach (string dir in new[] { Root, Keys })
        {
            File.SetUnixFileMode(dir, (UnixFileMode)0b111_101_101);
        }

        // The game, where any user can run it (a CI checkout may sit under a private home).
        App = Path.Combine(Root, "app");
        Shell.Must("cp", "-r", AppContext.BaseDirectory.TrimEnd('/'), App);
        Shell.Must("chmod", "-R", "a+rX", App);
        Binary = Path.Combine(App, "strengthquest");
        Now = now;
        Port = FreePort();
        Shell.Must("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", Path.Combine(Root, "hostkey"));
        File.WriteAllText(Path.Combine(Root, "known_hosts"), $"[127.0.0.1]:{Port} {string.Join(' ', File.ReadAllText(Path.Combine(Root, "hostkey.pub")).Split(' ')[..2])}\n");
    }

    /// <summary>Why sshd tests cannot run here, or null when they can.</summary>
    public static string? Unavailable =>
        !Environment.IsPrivilegedProcess ? "needs root: sshd, throwaway users and their keys"
        : !File.Exists("/usr/sbin/sshd") ? "OpenSSH's sshd is not installed (apt-get install openssh-server)"
        : !File.Exists("/usr/bin/ssh") ? "the ssh client is not installed"
        : Tmux.Unavailable;

    public string Id { get; }

    public string Root { get; }

    public string Keys { get; }

    public string App { get; }

    public string Binary { get; }

    public string Now { get; }

    public int Port { get; }

    public string AddGroup(string name)
    {
        string group = $"{name}{Id}";
        Shell.Must("groupadd", group);
        _groups.Add(group);
        return group;
    }

    /// <summary>A login user with no password (key only), optionally in a group.</summary>
    public string AddUser(string name, string? group = null)
    {
        string user = $"{name}{Id}";
        List<string> args = ["-m", "-s", "/bin/bash"];
        if (group is not null)
        {
            args.AddRange(["-G", group]);
        }

        Shell.Must("useradd", [.. args, user]);
        Shell.Must("usermod", "-p", "*", user);
        _users.Add(user);
        return user;
    }

    /// <summary>A client key pair; returns the private key's path.</summary>
    public string NewKey(string name)
    {
        string key = Path.Combine(Root, name);
        Shell.Must("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", name, "-f", key);
        return key;
    }

    public void Authorize(string user, IEnumerable<string> lines)
    {
        string file = Path.Combine(Keys, user);
        File.WriteAllText(file, string.Join("\n", lines) + "\n");
        File.SetUnixFileMode(file, (UnixFileMode)0b110_100_100);
    }

    /// <summary>
    /// A copy of the game where sshd accepts it as an AuthorizedKeysCommand: owned by root and
    /// writable by no one else along the whole path (never under /tmp). Returns the binary's path.
    /// </summary>
    public string InstallForKeyCommand()
    {
        string folder = Path.Combine("/opt", $"sq-ssh-{Id}");
        Shell.Must("install", "-d", "-m", "755", folder);
        Shell.Must("cp", "-r", App, Path.Combine(folder, "app"));
        Shell.Must("chmod", "-R", "u+rwX,go+rX,go-w", folder);
        _extraFolders.Add(folder);
        return Path.Combine(folder, "app", "strengthquest");
    }

    /// <summary>A user (or a folder) made by a command the test ran, removed with the rest.</summary>
    public void Track(string user) => _users.Add(user);

    public void TrackFolder(string folder) => _extraFolders.Add(folder);

    public void Start(string? extraConfig = null)
    {
        string config = Path.Combine(Root, "sshd_config");
        File.WriteAllText(config, $"""
            ListenAddress 127.0.0.1
            Port {Port}
            HostKey {Path.Combine(Root, "hostkey")}
            PidFile {Path.Combine(Root, "sshd.pid")}
            AuthorizedKeysFile {Keys}/%u
            AuthenticationMethods publickey
            PasswordAuthentication no
            KbdInteractiveAuthentication no
            PermitRootLogin no
            AllowUsers {string.Join(' ', _users)}
            DisableForwarding yes
            PermitUserRC no
            AcceptEnv LANG LC_* COLORTERM NO_COLOR
            SetEnv STRENGTHQUEST_NOW={Now}
            UsePAM no
            LogLevel VERBOSE
            {extraConfig ?? ""}
            """);
        // sshd insists on its privilege-separation directory before it checks a config.
        Directory.CreateDirectory("/run/sshd", (UnixFileMode)0b111_101_101);
        Shell.Must("/usr/sbin/sshd", "-t", "-f", config);
        string log = Path.Combine(Root, "sshd.log");
        _sshd = System.Diagnostics.Process.Start("/usr/sbin/sshd", ["-D", "-f", config, "-E", log]);
        Poll.Until(
            () => File.Exists(log) && File.ReadAllText(log).Contains("Server listening", StringComparison.Ordinal),
            () => "sshd did not start: " + (File.Exists(log) ? File.ReadAllText(log) : "no log"));
    }

    /// <summary>The ssh client's command line for a key and user, as words.</summary>
    public string[] Ssh(string key, string user, bool terminal = false) =>
    [
        "ssh", "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "-o", $"UserKnownHostsFile={Path.Combine(Root, "known_hosts")}", "-o", "StrictHostKeyChecking=yes",
        "-o", "IdentitiesOnly=yes", "-o", "BatchMode=yes", "-o", "LogLevel=ERROR", "-i", key,
        .. terminal ? new[] { "-tt" } : [],
        $"{user}@127.0.0.1",
    ];

    /// <summary>Runs a command over ssh (the words become SSH_ORIGINAL_COMMAND on the server).</summary>
    public (int Code, string Out, string Err) Run(string key, string user, params string[] words)
    {
        string[] ssh = Ssh(key, user);
        return Shell.Run(ssh[0], [.. ssh[1..], .. words]);
    }

    public string Log => File.Exists(Path.Combine(Root, "sshd.log")) ? File.ReadAllText(Path.Combine(Root, "sshd.log")) : "";

    public void Dispose()
    {
        if (_sshd is { HasExited: false })
        {
            _sshd.Kill(entireProcessTree: true);
            _sshd.WaitForExit();
        }

        foreach (string user in _users)
        {
            Shell.Run("pkill", "-KILL", "-u", user);
            Shell.Run("userdel", "-r", user);
        }

        foreach (string group in _groups)
        {
            Shell.Run("groupdel", group);
        }

        Shell.Run("rm", ["-rf", Root, Keys, .. _extraFolders]);
    }

    private static int FreePort()
    {
        using TcpListener listener = new(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

public sealed class SshdFactAttribute : FactAttribute
{
    public SshdFactAttribute()
    {
        if (PrivateSshd.Unavailable is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>An end-to-end test through the private sshd with the game on the test PostgreSQL cluster.</summary>
public sealed class SshdOnPostgresFactAttribute : FactAttribute
{
    public SshdOnPostgresFactAttribute()
    {
        if ((PrivateSshd.Unavailable ?? TestSupport.PostgresCluster.Unavailable) is { } reason)
        {
            Skip = reason;
        }
    }
}
