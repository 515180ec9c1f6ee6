using System.Text.Json;
using StrengthQuest.Tests.Support;
using StrengthQuest.TestSupport;

namespace StrengthQuest.Tests.Cli;

/// <summary>
/// The cases a couple in two zones met, through the real binary: Ann in Auckland (UTC+13 in
/// November) and Bob in Los Angeles (UTC−8), both with the 04:00 day start. 13:00 UTC on day D is
/// inside both of their game days D.
/// </summary>
public class FairRulesTests
{
    private static Support.Cli AnnAndBob(Engine engine)
    {
        Support.Cli cli = new("2026-11-02T13:00:00Z", engine);
        Assert.Equal(0, cli.Run("player", "add", "ann", "--name", "Ann", "--tz", "Pacific/Auckland").ExitCode);
        Assert.Equal(0, cli.Run("player", "add", "bob", "--name", "Bob", "--tz", "America/Los_Angeles").ExitCode);
        Assert.Equal(0, cli.Run("couple", "link", "ann", "bob").ExitCode);
        return cli;
    }

    /// <summary>Logs for the player at 13:00 UTC of game day <paramref name="day"/> (inside both partners' day).</summary>
    private static void Train(Support.Cli cli, string player, int day, params string[] entries)
    {
        cli.Now = $"2026-11-{day:00}T13:00:00Z";
        CliResult result = cli.Run(["log", "--player", player, .. entries.Length == 0 ? ["tibialis-raise=20,20"] : entries]);
        Assert.True(result.ExitCode == 0, result.ToString());
    }

    private static JsonElement Status(Support.Cli cli, string player) => Json.Parse(cli.Run("status", "--player", player, "--json"));

    [Theory, OnSqlite, OnPostgres]
    public void Partners_many_hours_apart_see_the_same_coop_streak_while_one_day_is_still_running(Engine engine)
    {
        using Support.Cli cli = AnnAndBob(engine);
        for (int day = 2; day <= 5; day++)
        {
            Train(cli, "ann", day);
            Train(cli, "bob", day);
        }

        Train(cli, "ann", 6);

        // Ann is already in her Saturday the 7th; Bob's Friday the 6th is not over: not a miss.
        cli.Now = "2026-11-06T19:00:00Z";
        JsonElement ann = Status(cli, "ann");
        JsonElement bob = Status(cli, "bob");
        Assert.Equal("2026-11-07", ann.Str("gameDay"));
        Assert.Equal("2026-11-06", bob.Str("gameDay"));
        Assert.Equal(4, ann.Int("coop.current"));
        Assert.Equal(4, bob.Int("coop.current"));
        Assert.Equal(ann.Int("coop.longest"), bob.Int("coop.longest"));
        Assert.Equal(ann.Int("coop.freezes"), bob.Int("coop.freezes"));
        Assert.Contains("Co-op with Bob: 4 days", cli.Run("status", "--player", "ann").Out);
        Assert.Contains("Co-op with Ann: 4 days", cli.Run("status", "--player", "bob").Out);
        Assert.Contains("4-day co-op streak", cli.Run("status", "--player", "ann", "--short").Out);
        Assert.Contains("4-day co-op streak", cli.Run("status", "--player", "bob", "--short").Out);

        // Bob trains on his Friday: a fifth co-op day, for both.
        CliResult late = cli.Run("log", "--player", "bob", "tibialis-raise=20,20");
        Assert.Equal(0, late.ExitCode);
        Assert.Equal(5, Status(cli, "ann").Int("coop.current"));
        Assert.Equal(5, Status(cli, "bob").Int("coop.current"));
    }

    [Theory, OnSqlite, OnPostgres]
    public void A_partner_who_really_missed_a_day_breaks_the_coop_streak_for_both_once_the_day_is_over(Engine engine)
    {
        using Support.Cli cli = AnnAndBob(engine);
        for (int day = 2; day <= 5; day++)
        {
            Train(cli, "ann", day);
            Train(cli, "bob", day);
        }

        Train(cli, "ann", 6);

        // Bob's Friday ended without a check-in: the 6th is settled, a miss with no freeze banked.
        cli.Now = "2026-11-07T13:00:00Z";
        Assert.Equal(0, Status(cli, "ann").Int("coop.current"));
        Assert.Equal(0, Status(cli, "bob").Int("coop.current"));
        Assert.Equal(4, Status(cli, "bob").Int("coop.longest"));
    }

    [Theory, OnSqlite, OnPostgres]
    public void Crowns_wait_until_the_week_is_over_for_both_and_never_change_after(Engine engine)
    {
        using Support.Cli cli = AnnAndBob(engine);
        for (int day = 2; day <= 5; day++)
        {
            Train(cli, "ann", day);
            Train(cli, "bob", day);
        }

        Train(cli, "ann", 6);
        Train(cli, "ann", 7);
        Train(cli, "bob", 7);

        // Ann is in her Monday, Bob still in his Sunday: week 45 is not over for both.
        cli.Now = "2026-11-08T19:00:00Z";
        foreach (string player in new[] { "ann", "bob" })
        {
            JsonElement duel = Status(cli, player).At("duel");
            Assert.Equal(0, duel.Int("crowns"));
            Assert.Equal(0, duel.Int("partnerCrowns"));
        }

        Assert.Equal("2026-W46", Status(cli, "ann").Str("duel.week"));
        Assert.Matches(@"Duel 2026-W45: you \d+ XP, Bob \d+ XP — crowned when Bob's Sunday is over", cli.Run("status", "--player", "ann").Out);
        Assert.DoesNotContain("crowned when", cli.Run("status", "--player", "bob").Out);
        Assert.Equal("2026-W45", Status(cli, "bob").Str("duel.week"));

        // Bob's Sunday session still counts: the week is not over for him yet.
        Assert.Equal(0, cli.Run("log", "--player", "bob", "tibialis-raise=20,20", "calf-raise=20,20", "soleus-raise=20,20").ExitCode);
        Assert.Equal(0, Status(cli, "ann").Int("duel.crowns"));
        Assert.Equal(0, Status(cli, "ann").Int("duel.partnerCrowns"));

        // Bob's Monday: the week is over for both, and Bob's Sunday won it.
        cli.Now = "2026-11-09T13:00:00Z";
        Assert.Equal((0, 1), Crowns(cli, "ann"));
        Assert.Equal((1, 0), Crowns(cli, "bob"));

        // Ann backfills her own Sunday after the week closed: it earns XP, but the crown stays.
        long xpBefore = Status(cli, "ann").At("xp").GetInt64();
        CliResult backfill = cli.Run("log", "--player", "ann", "--date", "2026-11-08",
            "tibialis-raise=20,20", "calf-raise=20,20", "soleus-raise=20,20", "patrick-step=20,20", "backward-walk=300");
        Assert.Equal(0, backfill.ExitCode);
        Assert.True(Status(cli, "ann").At("xp").GetInt64() > xpBefore);
        Assert.Equal((0, 1), Crowns(cli, "ann"));
        Assert.Equal((1, 0), Crowns(cli, "bob"));
        cli.Now = "2026-11-20T13:00:00Z";
        Assert.Equal((0, 1), Crowns(cli, "ann"));
        Assert.Equal((1, 0), Crowns(cli, "bob"));
    }

    private static (int Mine, int Partner) Crowns(Support.Cli cli, string player)
    {
        JsonElement duel = Status(cli, player).At("duel");
        return (duel.Int("crowns"), duel.Int("partnerCrowns"));
    }

    [Theory, OnSqlite, OnPostgres]
    public void Repeating_a_ladder_in_one_session_earns_it_once(Engine engine)
    {
        using Support.Cli cli = AnnAndBob(engine);
        string[] hundred = [.. Enumerable.Repeat("tibialis-raise=20,20", 100)];
        CliResult logged = cli.Run(["log", "--player", "ann", "--json", .. hundred]);
        Assert.Equal(0, logged.ExitCode);
        Assert.Equal(10, Json.Parse(logged).Int("xp"));
        JsonElement status = Status(cli, "ann");
        Assert.Equal(10, status.Int("xp"));
        Assert.Equal(1, status.Int("level"));
    }

    [Theory, OnSqlite, OnPostgres]
    public void The_variety_bonus_needs_the_target_met_on_three_ladders(Engine engine)
    {
        using Support.Cli cli = AnnAndBob(engine);
        CliResult full = cli.Run("log", "--player", "bob", "--json", "tibialis-raise=20,20", "calf-raise=20,20", "soleus-raise=20,20");
        Assert.Equal(50, Json.Parse(full).Int("xp"));

        // Three reps spread over three ladders: nothing (not 20 XP, twice a full 2×20 set).
        CliResult token = cli.Run("log", "--player", "ann", "--json", "tibialis-raise=1", "calf-raise=1", "soleus-raise=1");
        Assert.Equal(0, Json.Parse(token).Int("xp"));
    }

    [Theory, OnSqlite, OnPostgres]
    public void Over_ssh_a_repeated_ladder_earns_once_too(Engine engine)
    {
        using Support.Cli cli = AnnAndBob(engine);
        cli.Environment["SSH_ORIGINAL_COMMAND"] = "log " + string.Join(' ', Enumerable.Repeat("tibialis-raise=20,20", 100));
        CliResult logged = cli.Run("--db", cli.Database, "--player", "ann");
        cli.Environment.Remove("SSH_ORIGINAL_COMMAND");
        Assert.Equal(0, logged.ExitCode);
        Assert.Contains("+10 XP", logged.Out);
        Assert.Equal(10, Status(cli, "ann").Int("xp"));
    }

    [Fact]
    public void A_pain_rest_on_a_day_with_a_check_in_or_a_second_one_is_refused_and_says_why()
    {
        using Support.Cli cli = AnnAndBob(Engine.Sqlite);
        Train(cli, "ann", 2);
        byte[] before = File.ReadAllBytes(cli.Database);
        CliResult onTrained = cli.Run("log", "--player", "ann", "--rest", "--pain", "7");
        Assert.Equal(3, onTrained.ExitCode);
        Assert.Contains("already has a check-in with exercises", onTrained.Err);
        Assert.DoesNotContain("more pain-rest days", onTrained.Err);
        Assert.Equal(before, File.ReadAllBytes(cli.Database));

        Assert.Equal(0, cli.Run("log", "--player", "bob", "--rest", "--pain", "7").ExitCode);
        CliResult second = cli.Run("log", "--player", "bob", "--rest", "--pain", "8");
        Assert.Equal(3, second.ExitCode);
        Assert.Contains("already has a pain-rest check-in", second.Err);
        Assert.Equal(2, Json.Sessions(cli));
    }
}
