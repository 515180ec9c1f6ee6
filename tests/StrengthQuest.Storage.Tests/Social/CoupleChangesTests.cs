using StrengthQuest.Core.History;
using StrengthQuest.Core.Players;
using StrengthQuest.Storage.Database;
using StrengthQuest.Storage.Social;
using StrengthQuest.Storage.Tests.Support;
using StrengthQuest.TestSupport;

namespace StrengthQuest.Storage.Tests.Social;

/// <summary>What wakes an open game: its couple's counter moves with the couple's writes, and only with those.</summary>
public class CoupleChangesTests : IDisposable
{
    private static readonly DateTimeOffset T = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _temp = new();
    private GameDatabase _db = null!;
    private string _location = "";
    private Player _alex = null!, _sam = null!, _kim = null!, _lee = null!;

    private void Open(Engine engine)
    {
        _location = TestDatabase.At(engine, _temp);
        _db = GameDatabase.Open(_location);
        (_alex, _sam, _kim, _lee) = _db.Write(s =>
        {
            Player[] p = [.. new[] { "alex", "sam", "kim", "lee" }.Select(h => s.Players.Add(h, h, "UTC", 4, T))];
            s.Players.Link(p[0], p[1], T);
            s.Players.Link(p[2], p[3], T);
            return (p[0], p[1], p[2], p[3]);
        });
    }

    [Theory, OnSqlite, OnPostgres]
    public void A_check_in_moves_both_partners_counters_and_no_other_couples(Engine engine)
    {
        Open(engine);
        long[] before = Versions();

        _db.Write(s =>
        {
            s.Sessions.Insert(_sam, new Session("u1", new DateOnly(2026, 11, 24), T, false, [new Entry("calf-raise", 1, [new SetDone(20)], 0)]));
            return 0;
        });

        long[] after = Versions();
        Assert.True(after[0] > before[0] && after[1] > before[1]);
        Assert.Equal(before[2..], after[2..]);
    }

    [Theory, OnSqlite, OnPostgres]
    public void Nudges_presence_and_linking_move_the_couple_they_concern(Engine engine)
    {
        Open(engine);
        Player solo = _db.Write(s => s.Players.Add("jo", "Jo", "UTC", 4, T));
        long[] start = Versions();

        _db.Write(s =>
        {
            s.Social.Nudge(_alex, _sam, T);
            return 0;
        });
        long[] nudged = Versions();
        _db.Write(s =>
        {
            s.Social.Enter(_kim, GameProcess.Current, T);
            return 0;
        });
        long[] entered = Versions();
        _db.Write(s =>
        {
            s.Social.Leave(_kim, GameProcess.Current);
            return 0;
        });
        long[] left = Versions();

        Assert.True(nudged[0] > start[0] && nudged[1] > start[1] && nudged[2..].SequenceEqual(start[2..]));
        Assert.True(entered[3] > nudged[3] && entered[..2].SequenceEqual(nudged[..2]));
        Assert.True(left[3] > entered[3]);
        Assert.Equal(0, _db.Read(s => s.Social.CoupleVersion(solo)));
    }

    [Theory, OnSqlite, OnPostgres]
    public void A_game_is_present_while_its_process_runs_and_no_longer_once_it_is_gone(Engine engine)
    {
        Open(engine);
        GameProcess me = GameProcess.Current;
        GameProcess reused = me with { Started = me.Started + 1 };   // same id, another process: the game died
        GameProcess elsewhere = me with { Host = "another-boot" };

        _db.Write(s =>
        {
            s.Social.Enter(_alex, me, T);
            return 0;
        });
        Assert.Equal(T, _db.Read(s => s.Social.SeenAt(_alex)));
        Assert.Equal([me], _db.Read(s => s.Social.Games(_alex)));

        _db.Write(s =>
        {
            s.Social.Leave(_alex, me);
            s.Social.Enter(_sam, reused, T);
            s.Social.Enter(_sam, elsewhere with { Pid = 1 }, T);
            return 0;
        });
        Assert.Null(_db.Read(s => s.Social.SeenAt(_alex)));
        Assert.Null(_db.Read(s => s.Social.SeenAt(_sam)));
        Assert.Empty(_db.Read(s => s.Social.Games(_sam)));

        // The next game of the same player clears what the dead ones left.
        _db.Write(s =>
        {
            s.Social.Enter(_sam, me, T.AddMinutes(5));
            return 0;
        });
        Assert.Equal(T.AddMinutes(5), _db.Read(s => s.Social.SeenAt(_sam)));
        Assert.True(me.IsRunning());
        Assert.False(reused.IsRunning());
    }

    /// <summary>
    /// On PostgreSQL the news comes by NOTIFY, a moment after the commit: the test waits for it with a
    /// deadline, and counts wake-ups (notifications come in commit order, so one that should not have
    /// come would have come before the one waited for).
    /// </summary>
    [Theory, OnSqlite, OnPostgres]
    public void A_watch_sees_its_own_couples_writes_from_other_connections_and_ignores_the_rest(Engine engine)
    {
        Open(engine);
        using GameDatabase other = GameDatabase.Open(_location);
        using CoupleWatch watch = new(_db, _alex);
        int woken = 0;
        watch.Woken += () => Interlocked.Increment(ref woken);
        watch.Mark();
        Assert.False(watch.Changed());

        other.Write(s =>
        {
            s.Social.Nudge(_kim, _lee, T);
            return 0;
        });
        Assert.False(watch.Changed());

        // The game's own writes are no news to it (SQLite: data_version; PostgreSQL: its own connections).
        _db.Write(s =>
        {
            s.Social.Nudge(_alex, _sam, T);
            return 0;
        });
        Assert.False(watch.Changed());

        other.Write(s =>
        {
            s.Social.Nudge(_sam, _alex, T);
            return 0;
        });
        DateTime deadline = DateTime.UtcNow.AddSeconds(2);
        while (!watch.Changed())
        {
            Assert.True(DateTime.UtcNow < deadline, "the partner's nudge did not reach the watch within 2 s");
            Thread.Yield();
        }

        // Woken is raised just after the change is recorded, on the listener's thread: let it land.
        int expected = engine == Engine.Postgres ? 1 : 0;
        while (Volatile.Read(ref woken) < expected && DateTime.UtcNow < deadline)
        {
            Thread.Yield();
        }

        Assert.Equal(expected, Volatile.Read(ref woken));
        watch.Mark();
        Assert.False(watch.Changed());
    }

    private long[] Versions() => _db.Read(s => new[] { _alex, _sam, _kim, _lee }.Select(s.Social.CoupleVersion).ToArray());

    public void Dispose()
    {
        _db?.Dispose();
        _temp.Dispose();
    }
}
