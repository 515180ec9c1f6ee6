using Microsoft.Data.Sqlite;
using StrengthQuest.Storage.Database;
using StrengthQuest.Storage.Tests.Support;

namespace StrengthQuest.Storage.Tests.Database;

public class MigrationTests
{
    [Fact]
    public void A_version_1_database_is_read_as_it_is_and_migrated_in_place_by_the_first_write()
    {
        using TempFolder temp = new();
        string path = temp.File("v1.db");
        using (SqliteConnection c = new($"Data Source={path};Pooling=False"))
        {
            c.Open();
            using SqliteCommand command = c.CreateCommand();
            command.CommandText = Schema.Migrations[0] + $"""
                ;PRAGMA application_id = {Schema.ApplicationId}; PRAGMA user_version = 1;
                INSERT INTO players (handle, name, time_zone, day_start, created_at) VALUES ('alex', 'Alex', 'UTC', 4, '2026-01-01T00:00:00.000Z');
                """;
            command.ExecuteNonQuery();
        }

        string before = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)));
        using GameDatabase db = GameDatabase.Open(path);

        Assert.Equal("Alex", db.Read(s => s.Players.Find("alex"))!.Name);
        // The tables of later versions are there to read, in a migrated copy: the file is untouched.
        Assert.Null(db.Read(s => s.FoldCache.Find(s.Players.Find("alex")!, null, Storage.Catalog.CatalogLoader.LoadBuiltIn())));
        Assert.Equal(before, Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path))));

        db.Write(s => s.Players.Add("sam", "Sam", "UTC", 4, DateTimeOffset.UnixEpoch));
        using SqliteConnection check = new($"Data Source={path};Mode=ReadOnly;Pooling=False");
        check.Open();
        using SqliteCommand version = check.CreateCommand();
        version.CommandText = "PRAGMA user_version";
        Assert.Equal((long)Schema.CurrentVersion, version.ExecuteScalar());
        version.CommandText = "SELECT count(*) FROM sqlite_schema WHERE name = 'fold_cache'";
        Assert.Equal(1L, version.ExecuteScalar());
    }
}
