using System.Runtime.InteropServices;

namespace StrengthQuest.Tui;

internal static partial class NativeMethods
{
    public const short PollIn = 0x1;
    public const short PollErr = 0x8;
    public const short PollHup = 0x10;
    public const short PollNval = 0x20;
    public const int EIntr = 4;
    public const int EAgain = 11;

    /// <summary>Linux's O_NONBLOCK | O_CLOEXEC, for pipe2.</summary>
    public const int NonBlockingCloseOnExec = 0x800 | 0x80000;

    [StructLayout(LayoutKind.Sequential)]
    internal struct PollFd
    {
        public int Fd;
        public short Events;
        public short Revents;
    }

    /// <summary>libc _exit: immediate process exit, no atexit handlers, no flushing.</summary>
    [LibraryImport("libc", EntryPoint = "_exit")]
    internal static partial void Exit(int status);

    [LibraryImport("libc", EntryPoint = "poll", SetLastError = true)]
    internal static unsafe partial int Poll(PollFd* fds, nuint count, int timeoutMs);

    [LibraryImport("libc", EntryPoint = "read", SetLastError = true)]
    internal static unsafe partial nint Read(int fd, byte* buffer, nuint count);

    [LibraryImport("libc", EntryPoint = "write", SetLastError = true)]
    internal static unsafe partial nint Write(int fd, byte* buffer, nuint count);

    [LibraryImport("libc", EntryPoint = "pipe2", SetLastError = true)]
    internal static unsafe partial int Pipe2(int* fds, int flags);

    [LibraryImport("libc", EntryPoint = "close")]
    internal static partial int Close(int fd);
}
