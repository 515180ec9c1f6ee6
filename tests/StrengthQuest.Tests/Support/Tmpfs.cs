using System.Diagnostics;

namespace StrengthQuest.Tests.Support;

/// <summary>A small tmpfs of its own, to fill up or make read-only for real. Needs root and mount rights.</summary>
public sealed class Tmpfs : IDisposable
{
    private static readonly Lazy<string?> WhyNot = new(() =>
    {
        if (!Environment.IsPrivilegedProcess)
        {
            return "needs root to mount a tmpfs";
        }

        using Tmpfs probe = new(64);
        return probe._mounted ? null : "this machine does not allow mounting a tmpfs";
    });

    private readonly bool _mounted;

    public Tmpfs(int kilobytes)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sq-tmpfs-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
        _mounted = Run("mount", "-t", "tmpfs", "-o", $"size={kilobytes}k,mode=0755", "tmpfs", Path) == 0;
    }

    /// <summary>Why tmpfs tests cannot run here, or null when they can.</summary>
    public static string? Unavailable => WhyNot.Value;

    public string Path { get; }

    public void ReadOnly(bool on) =>
        Assert.Equal(0, Run("mount", "-o", on ? "remount,ro" : "remount,rw", Path));

    /// <summary>Writes a filler file until the disk is full.</summary>
    public string Fill()
    {
        string filler = System.IO.Path.Combine(Path, "filler");
        using FileStream stream = new(filler, FileMode.Create);
        byte[] block = new byte[4096];
        try
        {
            while (true)
            {
                stream.Write(block);
                stream.Flush();
            }
        }
        catch (IOException)
        {
            // ENOSPC: the disk is full, as wanted.
        }

        return filler;
    }

    public void Dispose()
    {
        if (_mounted)
        {
            Run("umount", "-l", Path);
        }

        Directory.Delete(Path, recursive: true);
    }

    private static int Run(string file, params string[] args)
    {
        ProcessStartInfo info = new(file) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (string a in args)
        {
            info.ArgumentList.Add(a);
        }

        using Process p = Process.Start(info)!;
        p.WaitForExit();
        return p.ExitCode;
    }
}

/// <summary>A fact that needs a tmpfs of its own; skipped, with the reason, where none can be mounted.</summary>
public sealed class TmpfsFactAttribute : FactAttribute
{
    public TmpfsFactAttribute()
    {
        if (Tmpfs.Unavailable is { } reason)
        {
            Skip = reason;
        }
    }
}
