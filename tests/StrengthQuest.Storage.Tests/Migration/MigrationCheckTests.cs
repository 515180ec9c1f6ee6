using Npgsql;
using StrengthQuest.Storage.Database;
using StrengthQuest.Storage.Migration;
using StrengthQuest.TestSupport;

namespace StrengthQuest.Storage.Tests.Migration;

/// <summary>The copy's own check: a copy that does not match is rolled back whole, on either engine.</summary>
public class MigrationCheckTests : IDisposable
{
    private static readonly DateTimeOffset T = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Directory.CreateTempSubdirectory("sq-migrate-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Every_table_of_the_schema_is_copied_or_named_as_the_cache()
    {
        string file = Path.Combine(_folder, "schema.db");
        using (GameDatabase db = GameDatabase.Open(file))
        {
            db.Write(s => s.Players.Add("alex", "Alex", "UTC", 4, T));
        }

        using Microsoft.Data.Sqlite.SqliteConnection c = new($"Data Source={file};Pooling=False");
        c.Open();
        using Microsoft.Data.Sqlite.SqliteCommand tables = c.CreateCommand();
        tables.CommandText = "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name";
        List<string> names = [];
        using (Microsoft.Data.Sqlite.SqliteDataReader r = tables.ExecuteReader())
        {
            while (r.Read())
            {
                names.Add(r.GetString(0));
            }
        }

        Assert.Equal(names, CopiedTables.InOrder.Append(CopiedTables.Cache).Order());
        Assert.Equal(CopiedTables.Counters, CopiedTables.InOrder[^1]);
    }

    [Theory, OnPostgres]
    public void A_copy_whose_players_do_not_match_is_rolled_back_on_either_engine(Engine engine)
    {
        Assert.Equal(Engine.Postgres, engine);
        string file = Path.Combine(_folder, "game.db");
        using (GameDatabase db = GameDatabase.Open(file))
        {
            db.Write(s => s.Players.Add("alex", "Alex", "UTC", 4, T));
        }

        string server = PostgresCluster.NewDatabase();
        int calls = 0;
        DatabaseMigration.PlayerViews disagreeing = database => [("alex", (++calls).ToString(System.Globalization.CultureInfo.InvariantCulture))];

        StorageException there = Assert.Throws<StorageException>(() => DatabaseMigration.Copy(file, server, disagreeing));
        Assert.Contains("alex's status differs", there.Message, StringComparison.Ordinal);
        Assert.Equal(0L, Objects(server));

        DatabaseMigration.Copy(file, server, database => [("alex", "same")]);
        string back = Path.Combine(_folder, "back.db");
        StorageException again = Assert.Throws<StorageException>(() => DatabaseMigration.Copy(server, back, disagreeing));
        Assert.Contains("nothing was written", again.Message, StringComparison.Ordinal);
        Assert.Equal(["game.db"], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }

    private static long Objects(string address)
    {
        using NpgsqlConnection c = new(PostgresCluster.ConnectionStringFor(address));
        c.Open();
        using NpgsqlCommand count = new("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'", c);
        return (long)count.ExecuteScalar()!;
    }
}
