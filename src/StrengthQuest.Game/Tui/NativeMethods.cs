using System.Runtime.InteropServices;

namespace StrengthQuest.Tui;

internal static partial class NativeMethods
{
    /// <summary>libc _exit: immediate process exit, no atexit handlers, no flushing.</summary>
    [LibraryImport("libc", EntryPoint = "_exit")]
    internal static partial void Exit(int status);
}
