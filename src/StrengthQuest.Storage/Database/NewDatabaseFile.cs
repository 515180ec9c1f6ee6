using Dapper;
using Microsoft.Data.Sqlite;
using StrengthQuest.Storage.Files;

namespace StrengthQuest.Storage.Database;

/// <summary>
/// A database that does not exist yet is born whole: its first write runs on a private file beside
/// it, moved into place only once that write has committed. A write that fails leaves no file and
/// no folder behind, and a file another process created in the meantime is never replaced.
/// </summary>
internal static class NewDatabaseFile
{
    /// <summary>Runs <paramref name="write"/> on a new database at <paramref name="path"/>; false (nothing done) when the file appeared meanwhile.</summary>
    public static bool TryCreate<T>(string path, Func<StoreContext, T> write, out T result)
    {
        string folder = Path.GetDirectoryName(path)!;
        string? createdFolder = CreateFolder(folder, path);
        string temp = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.new");
        try
        {
            CreateEmpty(temp, path);
            T value;
            using (SqliteConnection connection = GameDatabase.Connect(temp))
            {
                connection.ExecuteScalar<string>("PRAGMA journal_mode = WAL");
                using SqliteTransaction transaction = connection.BeginTransaction(deferred: false);
                SchemaSetup.Migrate(connection, path, transaction);
                value = write(new StoreContext(connection, transaction));
                transaction.Commit();
            }

            result = value;
            return MoveIntoPlace(temp, path);
        }
        finally
        {
            foreach (string leftover in new[] { temp, temp + "-wal", temp + "-shm" })
            {
                File.Delete(leftover);
            }

            if (createdFolder is not null && !File.Exists(path))
            {
                RemoveFolders(folder, createdFolder);
            }
        }
    }

    private static bool MoveIntoPlace(string temp, string path)
    {
        try
        {
            File.Move(temp, path, overwrite: false);
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StorageException($"Cannot create the database {path}: {e.Message.TrimEnd('.')}.", e);
        }
    }

    /// <summary>Never world-readable: 0660 before the umask; SQLite gives -wal and -shm the same mode.</summary>
    private static void CreateEmpty(string temp, string path)
    {
        try
        {
            using FileStream created = NewFile.Create(temp, NewFile.Shared);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StorageException($"Cannot create the database {path}: {e.Message.TrimEnd('.')}.", e);
        }
    }

    /// <summary>Creates the missing folders (private to the user); returns the outermost one created, or null.</summary>
    private static string? CreateFolder(string folder, string path)
    {
        string? outermost = null;
        for (string? f = folder; !string.IsNullOrEmpty(f) && !Directory.Exists(f); f = Path.GetDirectoryName(f))
        {
            outermost = f;
        }

        if (outermost is null)
        {
            return null;
        }

        try
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(folder);
            }
            else
            {
                Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }

            return outermost;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            RemoveFolders(folder, outermost);
            throw new StorageException($"Cannot create the database {path}: {e.Message.TrimEnd('.')}.", e);
        }
    }

    /// <summary>Removes the folders this process created, innermost first, as long as they are empty.</summary>
    private static void RemoveFolders(string folder, string outermost)
    {
        for (string? f = folder; f is not null && f.Length >= outermost.Length; f = Path.GetDirectoryName(f))
        {
            try
            {
                Directory.Delete(f);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return;
            }
        }
    }
}
