using StrengthQuest.Core.History;
using StrengthQuest.Core.Players;
using StrengthQuest.Storage.Database;
using StrengthQuest.Storage.Tests.Support;
using StrengthQuest.TestSupport;

namespace StrengthQuest.Storage.Tests.Sessions;

public class SessionStoreTests
{
    [Theory, OnSqlite, OnPostgres]
    public void Sessions_come_back_exactly_in_day_and_time_order(Engine engine)
    {
        using TempFolder temp = new();
        using GameDatabase db = GameDatabase.Open(TestDatabase.At(engine, temp));
        DateTimeOffset t = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);
        Session late = new("b", new DateOnly(2026, 11, 24), t.AddHours(2), false, [new Entry("calf-raise", 4, [new SetDone(20, 12.5m), new SetDone(18, 12.5m)], 3)], null, "felt strong");
        Session early = new("a", new DateOnly(2026, 11, 24), t, false, [new Entry("tibialis-raise", 1, [new SetDone(20), new SetDone(20)], 0), new Entry("l-sit", 2, [new SetDone(20)], 1)]);
        Session rest = new("c", new DateOnly(2026, 11, 22), t.AddDays(-1), true, [], 7);

        (Player alex, Player sam) = db.Write(s =>
        {
            Player a = s.Players.Add("alex", "Alex", "Europe/Berlin", 4, t);
            Player b = s.Players.Add("sam", "Sam", "America/New_York", 6, t);
            s.Players.Link(a, b, t);
            s.Sessions.Insert(a, late);
            s.Sessions.Insert(a, early);
            s.Sessions.Insert(a, rest);
            s.Sessions.Insert(b, early with { Uid = "d" });
            return (a, b);
        });

        IReadOnlyDictionary<long, List<Session>> loaded = db.Read(s => s.Sessions.For(alex, sam));

        Assert.Equal(["c", "a", "b"], loaded[alex.Id].Select(s => s.Uid));
        Assert.Equal(["d"], loaded[sam.Id].Select(s => s.Uid));
        Session back = loaded[alex.Id][2];
        Assert.Equal(late.Entries[0].Sets, back.Entries[0].Sets);
        Assert.Equal((late.Day, late.RecordedAt, late.Note, late.Entries[0].Pain), (back.Day, back.RecordedAt, back.Note, back.Entries[0].Pain));
        Assert.Equal(7, loaded[alex.Id][0].RestPain);
        Assert.True(loaded[alex.Id][0].Backfilled);
        Assert.Equal("sam", db.Read(s => s.Players.PartnerOf(alex))!.Handle);
    }

    [Theory, OnSqlite, OnPostgres]
    public void A_player_can_be_in_only_one_couple(Engine engine)
    {
        using TempFolder temp = new();
        using GameDatabase db = GameDatabase.Open(TestDatabase.At(engine, temp));
        Core.GameDataException e = Assert.Throws<Core.GameDataException>(() => db.Write(s =>
        {
            Player a = s.Players.Add("alex", "Alex", "UTC", 4, DateTimeOffset.UnixEpoch);
            Player b = s.Players.Add("sam", "Sam", "UTC", 4, DateTimeOffset.UnixEpoch);
            Player c = s.Players.Add("kim", "Kim", "UTC", 4, DateTimeOffset.UnixEpoch);
            s.Players.Link(a, b, DateTimeOffset.UnixEpoch);
            s.Players.Link(c, b, DateTimeOffset.UnixEpoch);
            return 0;
        }));
        Assert.Equal("sam is already linked with alex.", e.Message);
        Assert.Empty(db.Read(s => s.Players.All()));
    }
}
