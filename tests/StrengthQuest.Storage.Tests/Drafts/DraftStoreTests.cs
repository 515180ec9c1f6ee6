using StrengthQuest.Core.History;
using StrengthQuest.Core.Players;
using StrengthQuest.Storage.Database;
using StrengthQuest.Storage.Drafts;
using StrengthQuest.Storage.Players;
using StrengthQuest.Storage.Tests.Support;
using StrengthQuest.TestSupport;

namespace StrengthQuest.Storage.Tests.Drafts;

/// <summary>Drafts (one per player, never overwritten stale) and the earlier clocks of a player who travelled.</summary>
public class DraftStoreTests
{
    private static readonly DateTimeOffset T = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);

    private static readonly Draft Kept = new(
        T,
        new DateOnly(2026, 11, 23),
        "0193abcd",
        [new DraftItem("tibialis-raise", 2, [new SetDone(20), new SetDone(18, 12.5m)], 3, false), new DraftItem("calf-raise", 1, [], null, true)],
        1,
        true);

    private static (GameDatabase Db, Player Alex, Player Sam) Couple(TempFolder temp, Engine engine)
    {
        GameDatabase db = GameDatabase.Open(TestDatabase.At(engine, temp));
        (Player a, Player b) = db.Write(s =>
        {
            Player alex = s.Players.Add("alex", "Alex", "Europe/Berlin", 4, T);
            Player sam = s.Players.Add("sam", "Sam", "America/New_York", 4, T);
            s.Players.Link(alex, sam, T);
            return (alex, sam);
        });
        return (db, a, b);
    }

    [Theory, OnSqlite, OnPostgres]
    public void A_draft_comes_back_exactly_and_a_stale_save_is_refused(Engine engine)
    {
        using TempFolder temp = new();
        (GameDatabase db, Player alex, Player sam) = Couple(temp, engine);
        using GameDatabase open = db;

        Assert.Equal(1, db.Write(s => s.Drafts.Save(alex, Kept, T, expected: 0)));
        KeptDraft back = db.Read(s => s.Drafts.Find(alex))!;
        Assert.Equal((Kept.StartedAt, Kept.Day, Kept.Editing, Kept.Index, Kept.AskingPain), (back.Draft.StartedAt, back.Draft.Day, back.Draft.Editing, back.Draft.Index, back.Draft.AskingPain));
        Assert.Equal(Kept.Items.Select(i => (i.Ladder, i.Level, SetList.Format(i.Sets), i.Pain, i.Skipped)), back.Draft.Items.Select(i => (i.Ladder, i.Level, SetList.Format(i.Sets), i.Pain, i.Skipped)));

        // Another connection kept revision 2; a save still expecting 1 (or none) changes nothing.
        Assert.Equal(2, db.Write(s => s.Drafts.Save(alex, Kept with { Index = 0 }, T, expected: 1)));
        Assert.Null(db.Write(s => s.Drafts.Save(alex, Kept, T, expected: 1)));
        Assert.Null(db.Write(s => s.Drafts.Save(alex, Kept, T, expected: 0)));
        Assert.Equal(0, db.Read(s => s.Drafts.Find(alex))!.Draft.Index);

        // Saved or discarded elsewhere: a stale screen cannot bring it back.
        Assert.True(db.Write(s => s.Drafts.Delete(alex)));
        Assert.Null(db.Write(s => s.Drafts.Save(alex, Kept, T, expected: 2)));
        Assert.Null(db.Read(s => s.Drafts.Find(alex)));
    }

    [Theory, OnSqlite, OnPostgres]
    public void A_draft_wakes_only_its_own_players_games(Engine engine)
    {
        using TempFolder temp = new();
        (GameDatabase db, Player alex, Player sam) = Couple(temp, engine);
        using GameDatabase open = db;
        (long mine, long theirs) = db.Read(s => (s.Social.CoupleVersion(alex), s.Social.CoupleVersion(sam)));

        db.Write(s => s.Drafts.Save(alex, Kept, T, expected: 0));
        db.Write(s => s.Drafts.Delete(alex));

        Assert.Equal(mine + 2, db.Read(s => s.Social.CoupleVersion(alex)));
        Assert.Equal(theirs, db.Read(s => s.Social.CoupleVersion(sam)));
    }

    [Theory, OnSqlite, OnPostgres]
    public void A_new_zone_or_day_start_keeps_the_old_clock_until_the_change(Engine engine)
    {
        using TempFolder temp = new();
        (GameDatabase db, Player alex, Player sam) = Couple(temp, engine);
        using GameDatabase open = db;

        Player moved = db.Write(s => s.Players.Update(alex, "Alex", "America/New_York", 4, T));
        db.Write(s => s.Players.Update(moved, "Alex", "America/New_York", 6, T)); // a second change at the same instant
        Player renamed = db.Write(s => s.Players.Update(s.Players.Find("alex")!, "Alex B", "America/New_York", 6, T.AddHours(1)));

        Assert.Equal(("Alex B", "America/New_York", 6), (renamed.Name, renamed.TimeZoneId, renamed.DayStartHour));
        IReadOnlyList<ClockSetting> earlier = db.Read(s => s.Players.EarlierClocks(alex));
        Assert.Equal([new ClockSetting(T, "Europe/Berlin", 4)], earlier);
    }
}
