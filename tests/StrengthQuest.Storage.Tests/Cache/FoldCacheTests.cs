using StrengthQuest.Core.Catalog;
using StrengthQuest.Core.Game;
using StrengthQuest.Core.History;
using StrengthQuest.Core.Players;
using StrengthQuest.Storage.Catalog;
using StrengthQuest.Storage.Database;
using StrengthQuest.Storage.Tests.Support;
using StrengthQuest.TestSupport;

namespace StrengthQuest.Storage.Tests.Cache;

public class FoldCacheTests
{
    private static readonly GameCatalog Catalog = CatalogLoader.LoadBuiltIn();

    private static Session Training(string uid, DateOnly day, int pain = 0) =>
        new(uid, day, new DateTimeOffset(day.ToDateTime(new TimeOnly(18, 0)), TimeSpan.Zero), false, [new Entry("tibialis-raise", 1, [new SetDone(20, 5m), new SetDone(20)], pain)]);

    private static (GameDatabase Db, Player Alex, Player Sam) Couple(TempFolder temp, Engine engine = Engine.Sqlite)
    {
        GameDatabase db = GameDatabase.Open(engine == Engine.Sqlite ? temp.File("sq.db") : TestDatabase.At(engine, temp));
        (Player alex, Player sam) = db.Write(s =>
        {
            Player a = s.Players.Add("alex", "Alex", "UTC", 4, DateTimeOffset.UnixEpoch);
            Player b = s.Players.Add("sam", "Sam", "UTC", 4, DateTimeOffset.UnixEpoch);
            s.Players.Link(a, b, DateTimeOffset.UnixEpoch);
            for (int d = 1; d <= 20; d++)
            {
                s.Sessions.Insert(a, Training($"a{d}", new DateOnly(2026, 11, d), pain: d % 7));
                s.Sessions.Insert(b, Training($"b{d}", new DateOnly(2026, 11, d)));
            }

            return (a, b);
        });
        return (db, alex, sam);
    }

    private static FoldSnapshot Capture(GameDatabase db, Player me, Player partner, DateOnly through) => db.Read(s =>
    {
        IReadOnlyDictionary<long, List<Session>> sessions = s.Sessions.For(me, partner);
        CoupleHistory history = new(new PlayerHistory(me, sessions[me.Id]), new PlayerHistory(partner, sessions[partner.Id]));
        return GameEngine.Evaluate(Catalog, history, AsOf.Day(through.AddDays(1), history), null, through).Captured!;
    });

    /// <summary>Alex's snapshot with Sam, through 15 November, saved to the cache.</summary>
    private static FoldSnapshot SaveThrough15th(GameDatabase db, Player alex, Player sam)
    {
        FoldSnapshot snapshot = Capture(db, alex, sam, new DateOnly(2026, 11, 15));
        db.Write(s =>
        {
            s.FoldCache.Save(alex, sam, Catalog, snapshot);
            return 0;
        });
        return snapshot;
    }

    [Theory, OnSqlite, OnPostgres]
    public void A_snapshot_comes_back_exactly_as_saved(Engine engine)
    {
        using TempFolder temp = new();
        (GameDatabase db, Player alex, Player sam) = Couple(temp, engine);
        using (db)
        {
            FoldSnapshot snapshot = SaveThrough15th(db, alex, sam);

            FoldSnapshot back = db.Read(s => s.FoldCache.Find(alex, sam, Catalog))!;

            // Every field, compared through an independent rendering (reflection JSON, tests only).
            Assert.Equal(System.Text.Json.JsonSerializer.Serialize(snapshot), System.Text.Json.JsonSerializer.Serialize(back));
            Assert.NotEmpty(back.Me.Ladders);
            Assert.NotNull(back.Duel);
            Assert.Null(db.Read(s => s.FoldCache.Find(sam, alex, Catalog)));
        }
    }

    [Theory, OnSqlite, OnPostgres]
    public void A_session_on_or_before_the_snapshot_day_throws_it_away(Engine engine)
    {
        foreach ((int day, bool kept) in new[] { (16, true), (15, false), (3, false) })
        {
            using TempFolder temp = new();
            (GameDatabase db, Player alex, Player sam) = Couple(temp, engine);
            using (db)
            {
                SaveThrough15th(db, alex, sam);

                db.Write(s =>
                {
                    s.Sessions.Insert(sam, Training("late", new DateOnly(2026, 11, day)));
                    return 0;
                });

                Assert.True(kept == db.Read(s => s.FoldCache.Find(alex, sam, Catalog)) is not null, $"a session on the {day}th: the snapshot should be {(kept ? "kept" : "dropped")}");
            }
        }
    }

    [Fact]
    public void A_different_catalog_never_reads_another_catalogs_snapshot()
    {
        using TempFolder temp = new();
        (GameDatabase db, Player alex, Player sam) = Couple(temp);
        using (db)
        {
            SaveThrough15th(db, alex, sam);
            GameCatalog other = new(Catalog.Ladders, Catalog.Rules with { CoopBonusPercent = 50 }, Catalog.Evidence, Catalog.PainGuide) { Fingerprint = "different" };
            Assert.Null(db.Read(s => s.FoldCache.Find(alex, sam, other)));
        }
    }

    /// <summary>Runs SQL on the file behind the game's back (another connection), returning the first value.</summary>
    private static object? Sql(string file, string sql, params (string Name, object Value)[] parameters)
    {
        using Microsoft.Data.Sqlite.SqliteConnection c = new($"Data Source={file};Pooling=False");
        c.Open();
        using Microsoft.Data.Sqlite.SqliteCommand command = c.CreateCommand();
        command.CommandText = sql;
        foreach ((string name, object value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command.ExecuteScalar();
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("another format")]
    [InlineData("json of old")]
    public void A_row_that_does_not_read_back_whole_is_a_cache_miss(string damage)
    {
        using TempFolder temp = new();
        (GameDatabase db, Player alex, Player sam) = Couple(temp);
        using (db)
        {
            FoldSnapshot snapshot = SaveThrough15th(db, alex, sam);
            byte[] good = StrengthQuest.Storage.Cache.FoldSnapshotCodec.Encode(snapshot);
            object state = damage switch
            {
                "truncated" => good[..(good.Length / 2)],
                "another format" => (byte[])[99, .. good[1..]],
                _ => """{"throughDay":"2026-11-15","me":{}}""",
            };
            Sql(temp.File("sq.db"), "UPDATE fold_cache SET state = @state", ("@state", state));

            Assert.Null(db.Read(s => s.FoldCache.Find(alex, sam, Catalog)));
        }
    }

    [Fact]
    public void Saving_drops_the_rows_no_key_can_read_any_more()
    {
        using TempFolder temp = new();
        (GameDatabase db, Player alex, Player sam) = Couple(temp);
        using (db)
        {
            Sql(
                temp.File("sq.db"),
                "INSERT INTO fold_cache (me_id, partner_id, rules_key, through_day, state) VALUES (@me, @partner, 'old-catalog-e1', '2026-11-10', '{}')",
                ("@me", alex.Id),
                ("@partner", sam.Id));
            SaveThrough15th(db, alex, sam);

            Assert.Equal(1L, Sql(temp.File("sq.db"), "SELECT count(*) FROM fold_cache"));
            Assert.NotNull(db.Read(s => s.FoldCache.Find(alex, sam, Catalog)));
        }
    }
}
