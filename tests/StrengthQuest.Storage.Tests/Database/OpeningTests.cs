using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using StrengthQuest.Storage.Database;
using StrengthQuest.Storage.Tests.Support;

namespace StrengthQuest.Storage.Tests.Database;

public class OpeningTests
{
    private static string Scalar(string path, string sql)
    {
        using SqliteConnection c = new($"Data Source={path};Mode=ReadOnly;Pooling=False");
        c.Open();
        using SqliteCommand command = c.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!;
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    private static void AddAlex(GameDatabase db) => db.Write(s => s.Players.Add("alex", "Alex", "UTC", 4, DateTimeOffset.UnixEpoch));

    [Fact]
    public void A_new_database_is_created_private_in_wal_mode_at_the_current_schema()
    {
        using TempFolder temp = new();
        string path = temp.File("deep/folder/sq.db");
        using (GameDatabase db = GameDatabase.Open(path))
        {
            AddAlex(db);
        }

        Assert.True(File.Exists(path));
        UnixFileMode mode = File.GetUnixFileMode(path);
        Assert.Equal((UnixFileMode)0, mode & (UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute));
        Assert.Equal((UnixFileMode)0, File.GetUnixFileMode(Path.GetDirectoryName(path)!) & (UnixFileMode.OtherRead | UnixFileMode.GroupRead));
        Assert.Equal("wal", Scalar(path, "PRAGMA journal_mode"));
        Assert.Equal(Schema.CurrentVersion.ToString(System.Globalization.CultureInfo.InvariantCulture), Scalar(path, "PRAGMA user_version"));
        Assert.Equal("1397835597", Scalar(path, "PRAGMA application_id"));
    }

    [Fact]
    public void Reopening_keeps_the_data()
    {
        using TempFolder temp = new();
        string path = temp.File("sq.db");
        using (GameDatabase db = GameDatabase.Open(path))
        {
            db.Write(s => s.Players.Add("alex", "Alex", "UTC", 4, DateTimeOffset.UnixEpoch));
        }

        using GameDatabase again = GameDatabase.Open(path);
        Assert.Equal("Alex", again.Read(s => s.Players.Find("alex"))!.Name);
    }

    [Fact]
    public void A_garbage_file_is_refused_and_left_untouched()
    {
        using TempFolder temp = new();
        string path = temp.File("garbage.db");
        File.WriteAllBytes(path, [.. Enumerable.Range(0, 8192).Select(i => (byte)(i * 31 % 251))]);
        string before = Hash(path);

        StorageException e = Assert.Throws<StorageException>(() => GameDatabase.Open(path));

        Assert.Contains("not a StrengthQuest database", e.Message);
        Assert.Equal(before, Hash(path));
        Assert.False(File.Exists(path + "-wal"));
    }

    [Fact]
    public void Another_programs_sqlite_database_is_refused_and_left_untouched()
    {
        using TempFolder temp = new();
        string path = temp.File("other.db");
        using (SqliteConnection c = new($"Data Source={path};Pooling=False"))
        {
            c.Open();
            using SqliteCommand command = c.CreateCommand();
            command.CommandText = "CREATE TABLE notes(x TEXT); INSERT INTO notes VALUES ('keep me');";
            command.ExecuteNonQuery();
        }

        string before = Hash(path);
        StorageException e = Assert.Throws<StorageException>(() => GameDatabase.Open(path));
        Assert.Contains("not a StrengthQuest database", e.Message);
        Assert.Equal(before, Hash(path));
        Assert.Equal("delete", Scalar(path, "PRAGMA journal_mode"));
    }

    [Fact]
    public void A_database_from_a_newer_version_is_refused_and_left_untouched()
    {
        using TempFolder temp = new();
        string path = temp.File("newer.db");
        using (GameDatabase db = GameDatabase.Open(path))
        {
            AddAlex(db);
        }

        using (SqliteConnection c = new($"Data Source={path};Pooling=False"))
        {
            c.Open();
            using SqliteCommand command = c.CreateCommand();
            command.CommandText = "PRAGMA user_version = 99; PRAGMA wal_checkpoint(TRUNCATE);";
            command.ExecuteNonQuery();
        }

        string before = Hash(path);
        StorageException e = Assert.Throws<StorageException>(() => GameDatabase.Open(path));
        Assert.Contains("newer StrengthQuest", e.Message);
        Assert.Contains("schema 99", e.Message);
        Assert.Equal(before, Hash(path));
    }

    [Fact]
    public void A_damaged_database_gives_a_clear_error_and_is_left_untouched()
    {
        using TempFolder temp = new();
        string path = temp.File("damaged.db");
        using (GameDatabase db = GameDatabase.Open(path))
        {
            db.Write(s => s.Players.Add("alex", "Alex", "UTC", 4, DateTimeOffset.UnixEpoch));
        }

        // Overwrite the schema page's b-tree (page 1 after the header) with noise.
        byte[] bytes = File.ReadAllBytes(path);
        for (int i = 100; i < 4096; i++)
        {
            bytes[i] = 0xA5;
        }

        File.WriteAllBytes(path, bytes);
        string before = Hash(path);

        StorageException e = Assert.Throws<StorageException>(() =>
        {
            using GameDatabase db = GameDatabase.Open(path);
            db.Read(s => s.Players.All());
        });

        Assert.Matches("damaged|not a StrengthQuest database", e.Message);
        Assert.Equal(before, Hash(path));
    }

    [Fact]
    public void An_empty_file_prepared_by_an_admin_is_set_up_in_place()
    {
        using TempFolder temp = new();
        string path = temp.File("shared.db");
        File.WriteAllBytes(path, []);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite);

        using (GameDatabase db = GameDatabase.Open(path))
        {
            Assert.Empty(db.Read(s => s.Players.All()));
            Assert.Empty(File.ReadAllBytes(path));
            AddAlex(db);
        }

        Assert.Equal(Schema.CurrentVersion.ToString(System.Globalization.CultureInfo.InvariantCulture), Scalar(path, "PRAGMA user_version"));
        Assert.Equal("wal", Scalar(path, "PRAGMA journal_mode"));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite, File.GetUnixFileMode(path));
    }

    [Fact]
    public void Opening_and_reading_a_missing_database_creates_nothing()
    {
        using TempFolder temp = new();
        string path = temp.File("new/folder/sq.db");
        using (GameDatabase db = GameDatabase.Open(path))
        {
            Assert.Empty(db.Read(s => s.Players.All()));
            Assert.False(db.TryWrite(s => s.Players.Add("alex", "Alex", "UTC", 4, DateTimeOffset.UnixEpoch)));
            Assert.Equal(0, db.DataVersion());
        }

        Assert.False(Directory.Exists(temp.File("new")));
    }

    [Fact]
    public void A_failed_first_write_leaves_no_file_and_no_folder()
    {
        using TempFolder temp = new();
        string path = temp.File("new/folder/sq.db");
        using GameDatabase db = GameDatabase.Open(path);
        Assert.Throws<InvalidOperationException>(() => db.Write<int>(s =>
        {
            s.Players.Add("alex", "Alex", "UTC", 4, DateTimeOffset.UnixEpoch);
            throw new InvalidOperationException("boom");
        }));

        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
        AddAlex(db);
        Assert.Equal(["sq.db", "sq.db-shm", "sq.db-wal"], Directory.GetFiles(temp.File("new/folder")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("Alex", db.Read(s => s.Players.Find("alex"))!.Name);
    }

    [Fact]
    public void A_database_another_process_created_first_is_written_to_not_replaced()
    {
        using TempFolder temp = new();
        string path = temp.File("sq.db");
        using GameDatabase late = GameDatabase.Open(path);
        using (GameDatabase early = GameDatabase.Open(path))
        {
            early.Write(s => s.Players.Add("sam", "Sam", "UTC", 4, DateTimeOffset.UnixEpoch));
        }

        AddAlex(late);
        Assert.Equal(["alex", "sam"], late.Read(s => s.Players.All()).Select(p => p.Handle));
        Assert.Equal(["sq.db", "sq.db-shm", "sq.db-wal"], Directory.GetFiles(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_folder_is_not_a_database()
    {
        using TempFolder temp = new();
        StorageException e = Assert.Throws<StorageException>(() => GameDatabase.Open(temp.Path));
        Assert.Contains("is a folder", e.Message);
    }

    [Fact]
    public void A_failed_write_leaves_nothing_behind()
    {
        using TempFolder temp = new();
        using GameDatabase db = GameDatabase.Open(temp.File("sq.db"));
        Assert.Throws<InvalidOperationException>(() => db.Write<int>(s =>
        {
            s.Players.Add("alex", "Alex", "UTC", 4, DateTimeOffset.UnixEpoch);
            throw new InvalidOperationException("boom");
        }));
        Assert.Empty(db.Read(s => s.Players.All()));
    }

    [Fact]
    public void Data_version_moves_when_another_connection_commits()
    {
        using TempFolder temp = new();
        string path = temp.File("sq.db");
        using GameDatabase watcher = GameDatabase.Open(path);
        using GameDatabase writer = GameDatabase.Open(path);
        long before = watcher.DataVersion();
        Assert.Equal(before, watcher.DataVersion());
        writer.Write(s => s.Players.Add("sam", "Sam", "UTC", 4, DateTimeOffset.UnixEpoch));
        Assert.NotEqual(before, watcher.DataVersion());
    }
}
