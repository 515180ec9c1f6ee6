namespace StrengthQuest.Storage.Files;

/// <summary>Creates a file that must not exist yet, with its mode set from the start (never world-readable).</summary>
public static class NewFile
{
    public const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public const UnixFileMode Shared = Private | UnixFileMode.GroupRead | UnixFileMode.GroupWrite;

    /// <summary>Opens the new file for writing; <see cref="IOException"/> when something is already there.</summary>
    public static FileStream Create(string path, UnixFileMode mode)
    {
        FileStreamOptions options = new() { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = mode;
        }

        return new FileStream(path, options);
    }

    /// <summary>
    /// A new, empty, private file beside <paramref name="target"/>, hidden and named for it and for
    /// <paramref name="purpose"/>, to be filled and then renamed into place; its path.
    /// <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> when it cannot be made.
    /// </summary>
    public static string HiddenBeside(string target, string purpose)
    {
        string temp = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.{purpose}");
        using FileStream _ = Create(temp, Private);
        return temp;
    }
}
