using StrengthQuest.Core.Players;
using StrengthQuest.Storage.Database;
using StrengthQuest.Storage.Tests.Support;
using StrengthQuest.TestSupport;

namespace StrengthQuest.Storage.Tests.Players;

public class PlayerStoreTests
{
    [Theory, OnSqlite, OnPostgres]
    public void A_player_and_their_partner_come_in_one_read_whichever_side_of_the_couple_they_are(Engine engine)
    {
        using TempFolder temp = new();
        using GameDatabase db = GameDatabase.Open(TestDatabase.At(engine, temp));
        DateTimeOffset t = DateTimeOffset.UnixEpoch;
        db.Write(s =>
        {
            Player kim = s.Players.Add("kim", "Kim", "UTC", 4, t);
            Player alex = s.Players.Add("alex", "Alex", "Europe/Berlin", 4, t);
            Player sam = s.Players.Add("sam", "Sam", "America/New_York", 6, t);
            Player lee = s.Players.Add("lee", "Lee", "Asia/Tokyo", 5, t);
            s.Players.Add("solo", "Solo", "UTC", 4, t);
            s.Players.Link(sam, alex, t);
            s.Players.Link(lee, kim, t);
            return 0;
        });

        (string, string?)? Pair(string handle) =>
            db.Read(s => s.Players.FindWithPartner(handle)) is ({ } me, var partner) ? (me.Handle, partner?.Handle) : null;

        // alex is the couple's first player (the lower id), sam the second; likewise kim and lee.
        Assert.Equal(("alex", "sam"), Pair("alex"));
        Assert.Equal(("sam", "alex"), Pair("sam"));
        Assert.Equal(("kim", "lee"), Pair("kim"));
        Assert.Equal(("lee", "kim"), Pair("lee"));
        Assert.Equal(("solo", null), Pair("solo"));
        Assert.Null(Pair("nobody"));
        Assert.Null(Pair("ALEX"));

        (Player me, Player? partner) = db.Read(s => s.Players.FindWithPartner("sam"))!.Value;
        Assert.Equal(new Player(me.Id, "sam", "Sam", "America/New_York", 6), me);
        Assert.Equal(db.Read(s => s.Players.PartnerOf(me)), partner);

        db.Write(s => s.Players.Unlink(me));
        Assert.Equal(("sam", null), Pair("sam"));
        Assert.Equal(("alex", null), Pair("alex"));
    }
}
