using StrengthQuest.Core.History;
using StrengthQuest.Core.Players;
using StrengthQuest.Storage.Database;
using StrengthQuest.TestSupport;

namespace StrengthQuest.Storage.Tests.Database;

/// <summary>Opening a PostgreSQL database: what is refused untouched, what is set up, and writes that race.</summary>
public class PostgresOpeningTests
{
    private static readonly DateTimeOffset T = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);

    [Theory, OnPostgres]
    public void A_blank_database_reads_as_an_empty_game_and_is_set_up_by_the_first_write(Engine engine)
    {
        Assert.Equal(Engine.Postgres, engine);
        string address = PostgresCluster.NewDatabase();
        using GameDatabase db = GameDatabase.Open(address);

        Assert.Equal(0, db.Read(s => s.Players.Count()));
        Assert.Equal(0L, Tables(address));

        db.Write(s => s.Players.Add("alex", "Alex", "UTC", 4, T));
        Assert.Equal(1, db.Read(s => s.Players.Count()));
        using GameDatabase again = GameDatabase.Open(address);
        Assert.Equal("alex", again.Read(s => s.Players.All()[0].Handle));
    }

    private static string LockTimeout(StoreContext store)
    {
        using System.Data.Common.DbCommand show = store.Connection.CreateCommand();
        show.Transaction = store.Transaction;
        show.CommandText = "SHOW lock_timeout";
        return (string)show.ExecuteScalar()!;
    }

    [Theory, OnPostgres]
    public void A_write_waits_for_the_lock_at_most_its_timeout_and_an_optional_one_hardly_at_all(Engine engine)
    {
        Assert.Equal(Engine.Postgres, engine);
        using GameDatabase db = GameDatabase.Open(PostgresCluster.NewDatabase());
        db.Write(s => s.Players.Add("alex", "Alex", "UTC", 4, T));

        string? seen = null;
        Assert.Equal("10s", db.Write(s => LockTimeout(s)));
        Assert.True(db.TryWrite(s => seen = LockTimeout(s)));
        Assert.Equal("200ms", seen);
        // Set for the transaction only: a read on the same pooled connection waits as the server says.
        Assert.Equal("0", db.Read(s => LockTimeout(s)));
    }

    [Theory, OnPostgres]
    public void Another_applications_database_is_refused_and_left_untouched(Engine engine)
    {
        Assert.Equal(Engine.Postgres, engine);
        string address = PostgresCluster.NewDatabase();
        PostgresCluster.Execute(PostgresCluster.DatabaseName(address), "CREATE TABLE orders (id int)");

        StorageException refused = Assert.Throws<StorageException>(() => GameDatabase.Open(address));

        Assert.Contains("is not a StrengthQuest database", refused.Message, StringComparison.Ordinal);
        Assert.Equal(1L, Tables(address));
    }

    [Theory, OnPostgres]
    public void A_newer_schema_is_refused_and_left_untouched(Engine engine)
    {
        Assert.Equal(Engine.Postgres, engine);
        string address = PostgresCluster.NewDatabase();
        using (GameDatabase db = GameDatabase.Open(address))
        {
            db.Write(s => s.Players.Add("alex", "Alex", "UTC", 4, T));
        }

        PostgresCluster.Execute(PostgresCluster.DatabaseName(address), "UPDATE strengthquest_schema SET version = 99");

        StorageException refused = Assert.Throws<StorageException>(() => GameDatabase.Open(address));
        Assert.Contains("newer StrengthQuest (schema 99", refused.Message, StringComparison.Ordinal);
    }

    [Theory, OnPostgres]
    public void An_unreachable_server_or_a_wrong_password_is_one_sentence(Engine engine)
    {
        Assert.Equal(Engine.Postgres, engine);
        StorageException nowhere = Assert.Throws<StorageException>(() => GameDatabase.Open(PostgresCluster.Nowhere));
        Assert.StartsWith("Cannot reach PostgreSQL at postgresql://", nowhere.Message, StringComparison.Ordinal);
        Assert.EndsWith("(no server is listening on that unix socket: is it running, with that folder and port?); nothing was saved.", nowhere.Message, StringComparison.Ordinal);

        string database = PostgresCluster.DatabaseName(PostgresCluster.NewDatabase());
        StorageException wrong = Assert.Throws<StorageException>(() => GameDatabase.Open(PostgresCluster.WithPassword(database, "wrong")));
        Assert.Contains("refused the password", wrong.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong", wrong.Message, StringComparison.Ordinal);

        using GameDatabase right = GameDatabase.Open(PostgresCluster.WithPassword(database, "right"));
        Assert.Equal(0, right.Read(s => s.Players.Count()));
    }

    [Theory, OnPostgres]
    public void A_failed_write_leaves_nothing_behind_not_even_the_schema(Engine engine)
    {
        Assert.Equal(Engine.Postgres, engine);
        string address = PostgresCluster.NewDatabase();
        using GameDatabase db = GameDatabase.Open(address);

        Assert.Throws<InvalidOperationException>(() => db.Write<int>(s =>
        {
            s.Players.Add("alex", "Alex", "UTC", 4, T);
            throw new InvalidOperationException("boom");
        }));

        Assert.Equal(0L, Tables(address));
    }

    /// <summary>
    /// Two hosts (two databases objects, many connections) check in for the same player at once, each
    /// write reading the day's sessions before adding one only while fewer than three: none is lost and
    /// the rule's limit holds, because writes run one at a time.
    /// </summary>
    [Theory, OnPostgres]
    public void Concurrent_writes_from_two_hosts_lose_nothing_and_keep_a_read_then_write_rule(Engine engine)
    {
        Assert.Equal(Engine.Postgres, engine);
        string address = PostgresCluster.NewDatabase();
        using GameDatabase hostA = GameDatabase.Open(address);
        using GameDatabase hostB = GameDatabase.Open(address);
        Player alex = hostA.Write(s => s.Players.Add("alex", "Alex", "UTC", 4, T));
        DateOnly day = new(2026, 11, 24);

        Parallel.For(0, 40, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            GameDatabase host = i % 2 == 0 ? hostA : hostB;
            host.Write(s =>
            {
                s.Sessions.Insert(alex, new Session($"all-{i}", day.AddDays(1), T, false, [new Entry("calf-raise", 1, [new SetDone(20)], 0)]));
                if (s.Sessions.For(alex)[alex.Id].Count(x => x.Day == day) < 3)
                {
                    s.Sessions.Insert(alex, new Session($"capped-{i}", day, T, false, [new Entry("calf-raise", 1, [new SetDone(20)], 0)]));
                }

                return 0;
            });
        });

        IReadOnlyList<Session> sessions = hostB.Read(s => s.Sessions.For(alex))[alex.Id];
        Assert.Equal(40, sessions.Count(x => x.Uid.StartsWith("all-", StringComparison.Ordinal)));
        Assert.Equal(3, sessions.Count(x => x.Day == day));
    }

    [Theory, OnPostgres]
    public void A_database_opened_ahead_is_taken_by_the_open_of_its_address_refusals_included(Engine engine)
    {
        Assert.Equal(Engine.Postgres, engine);
        string foreign = PostgresCluster.NewDatabase();
        PostgresCluster.Execute(PostgresCluster.DatabaseName(foreign), "CREATE TABLE orders (id int)");
        string ours = PostgresCluster.NewDatabase();
        using (GameDatabase setup = GameDatabase.Open(ours))
        {
            setup.Write(s => s.Players.Add("alex", "Alex", "UTC", 4, T));
        }

        GameDatabase.StartOpening(foreign);
        StorageException refused = Assert.Throws<StorageException>(() => GameDatabase.Open(foreign));
        Assert.Contains("is not a StrengthQuest database", refused.Message, StringComparison.Ordinal);

        GameDatabase.StartOpening(ours);
        using GameDatabase db = GameDatabase.Open(ours);
        Assert.Equal("alex", db.Read(s => s.Players.All()[0].Handle));
        db.Write(s => s.Players.Add("sam", "Sam", "UTC", 4, T));
        Assert.Equal(2, db.Read(s => s.Players.Count()));
    }

    [Theory, OnPostgres]
    public void A_database_opened_ahead_for_another_address_is_not_used_and_its_connection_is_closed(Engine engine)
    {
        Assert.Equal(Engine.Postgres, engine);
        string ahead = PostgresCluster.NewDatabase();
        string used = PostgresCluster.NewDatabase();
        using (GameDatabase setup = GameDatabase.Open(used))
        {
            setup.Write(s => s.Players.Add("sam", "Sam", "UTC", 4, T));
        }

        GameDatabase.StartOpening(ahead);
        using GameDatabase db = GameDatabase.Open(used);

        Assert.Equal("sam", db.Read(s => s.Players.All()[0].Handle));
        Assert.Equal(0L, Tables(ahead));
        Poll.Until(() => Connections(ahead) == 0, () => $"{Connections(ahead)} connection(s) to the database opened ahead are still open.");
    }

    private static long Connections(string address)
    {
        using Npgsql.NpgsqlConnection connection = new($"Host={Query(address, "host")};Port={Query(address, "port")};Username=sq;Database=postgres;Pooling=false");
        connection.Open();
        using Npgsql.NpgsqlCommand count = new($"SELECT count(*) FROM pg_stat_activity WHERE datname = '{PostgresCluster.DatabaseName(address)}'", connection);
        return (long)count.ExecuteScalar()!;
    }

    private static long Tables(string address)
    {
        using Npgsql.NpgsqlConnection connection = new($"Host={Query(address, "host")};Port={Query(address, "port")};Username=sq;Database={PostgresCluster.DatabaseName(address)};Pooling=false");
        connection.Open();
        using Npgsql.NpgsqlCommand count = new("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'", connection);
        return (long)count.ExecuteScalar()!;
    }

    private static string Query(string address, string name) =>
        address[(address.IndexOf('?', StringComparison.Ordinal) + 1)..].Split('&').First(p => p.StartsWith(name + "=", StringComparison.Ordinal))[(name.Length + 1)..];
}
