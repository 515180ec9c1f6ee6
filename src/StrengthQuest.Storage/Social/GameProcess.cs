using System.Globalization;

namespace StrengthQuest.Storage.Social;

/// <summary>
/// An open game's process on this host, as a presence row names it: this boot of the machine, the
/// process id and the process's start time (so a reused id is not taken for the game). Whether it
/// still runs is read from /proc, so presence needs no heartbeat writes.
/// </summary>
public sealed record GameProcess(string Host, int Pid, long Started)
{
    private const string BootId = "/proc/sys/kernel/random/boot_id";

    /// <summary>This process.</summary>
    public static GameProcess Current { get; } = Of(Environment.ProcessId) ?? new(ThisHost(), Environment.ProcessId, 0);

    /// <summary>The running process <paramref name="pid"/> on this host, or null when it cannot be seen.</summary>
    public static GameProcess? Of(int pid) => StartTime(pid) is { } started ? new(ThisHost(), pid, started) : null;

    /// <summary>
    /// True while the process runs. A game on another host or from before a reboot is gone; where
    /// processes cannot be seen (no /proc, or another user's hidden by the mount), it is believed.
    /// </summary>
    public bool IsRunning()
    {
        if (Host != Current.Host)
        {
            return false;
        }

        if (!Directory.Exists("/proc/self"))
        {
            return true;
        }

        return StartTime(Pid) switch
        {
            long started => started == Started,
            // Unreadable: there but another user's (hidepid=1), gone, or hidden with the rest (hidepid=2).
            null => Directory.Exists($"/proc/{Pid}") || !Directory.Exists("/proc/1"),
        };
    }

    private static string ThisHost()
    {
        try
        {
            return File.ReadAllText(BootId).Trim();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Environment.MachineName;
        }
    }

    /// <summary>Field 22 of /proc/PID/stat (clock ticks after boot); null when the process is not there.</summary>
    private static long? StartTime(int pid)
    {
        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        // "pid (comm) state ppid …": the name may hold spaces and parentheses, so count from the last ')'.
        string[] fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return fields.Length > 19 && long.TryParse(fields[19], NumberStyles.None, CultureInfo.InvariantCulture, out long ticks) ? ticks : null;
    }
}
