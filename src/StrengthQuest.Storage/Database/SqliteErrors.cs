using Microsoft.Data.Sqlite;

namespace StrengthQuest.Storage.Database;

/// <summary>Turns SQLite's error codes into one sentence a player can act on.</summary>
internal static class SqliteErrors
{
    private const int Busy = 5;
    private const int Locked = 6;
    private const int ReadOnly = 8;
    private const int IoError = 10;
    private const int Corrupt = 11;
    private const int Full = 13;
    private const int CantOpen = 14;
    private const int NotADatabase = 26;

    public static StorageException Describe(SqliteException e, string path) => new(
        (e.SqliteErrorCode & 0xFF) switch
        {
            Busy or Locked => $"The database {path} stayed busy with another writer; nothing was saved, try again.",
            ReadOnly => $"The database {path} is read-only (check the file, its folder and their permissions); nothing was saved.",
            Full => DiskFull(path),
            Corrupt => $"The database {path} is damaged; it was left untouched — restore it from a backup.",
            NotADatabase => $"{path} is not a StrengthQuest database (or it is damaged); it was left untouched.",
            CantOpen => $"Cannot open the database {path}: check that the folder exists and is writable.",
            IoError when FreeBytes(path) < MinimumFreeBytes => DiskFull(path),
            IoError => $"Reading or writing {path} failed ({Trim(e.Message)}); nothing was saved.",
            _ => $"The database {path} reported an error: {Trim(e.Message)}.",
        },
        e);

    /// <summary>Below this, an I/O error is the disk filling up (SQLite's shared memory reports ENOSPC as I/O).</summary>
    private const long MinimumFreeBytes = 256 * 1024;

    private static string DiskFull(string path) => $"The disk holding {path} is full; nothing was saved — free some space and try again.";

    private static long FreeBytes(string path)
    {
        try
        {
            return new DriveInfo(Path.GetDirectoryName(path) ?? "/").AvailableFreeSpace;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return long.MaxValue;
        }
    }

    private static string Trim(string message)
    {
        const string prefix = "SQLite Error ";
        string text = message.StartsWith(prefix, StringComparison.Ordinal) ? message[(message.IndexOf(':', StringComparison.Ordinal) + 1)..] : message;
        return text.Trim().TrimEnd('.').Trim('\'');
    }
}
