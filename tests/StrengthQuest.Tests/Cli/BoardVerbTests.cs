using System.Text.Json;
using StrengthQuest.Tests.Support;
using StrengthQuest.TestSupport;

namespace StrengthQuest.Tests.Cli;

/// <summary>The couples' board: opt-in by both partners, a weekly ranking by co-op days then XP, display names only.</summary>
public class BoardVerbTests
{
    private static Support.Cli Host(Engine engine)
    {
        Support.Cli cli = new("2026-11-25T12:00:00Z", engine);
        string[][] couples = [["ann", "Ann Lee", "bo", "Bo Chen"], ["cy", "Cy Diaz", "di", "Di Evans"], ["ed", "Ed Fox", "flo", "Flo Gray"]];
        foreach (string[] c in couples)
        {
            Assert.Equal(0, cli.Run("player", "add", c[0], "--name", c[1], "--tz", "UTC").ExitCode);
            Assert.Equal(0, cli.Run("player", "add", c[2], "--name", c[3], "--tz", "UTC").ExitCode);
            Assert.Equal(0, cli.Run("couple", "link", c[0], c[2]).ExitCode);
        }

        return cli;
    }

    private static void Log(Support.Cli cli, string player, string day, string entry = "tibialis-raise=20,20") =>
        Assert.Equal(0, cli.Run(["log", "--player", player, "--date", day, .. entry.Split(' ')]).ExitCode);

    [Theory, OnSqlite, OnPostgres]
    public void A_couple_shows_only_once_both_agree_and_leaves_when_either_says_so(Engine engine)
    {
        using Support.Cli cli = Host(engine);
        CliResult one = cli.Run("board", "join", "--player", "ann");
        Assert.Equal(0, one.ExitCode);
        Assert.Contains("your couple shows once Bo Chen agrees too", one.Out);
        Assert.Contains("No couple is on the board yet.", cli.Run("board", "--player", "bo").Out);
        Assert.Contains("Ann Lee wants your couple on the board", cli.Run("board", "--player", "bo").Out);
        Assert.Equal(JsonValueKind.Null, Json.Parse(cli.Run("status", "--player", "ann", "--json")).GetProperty("board").ValueKind);

        Assert.Contains("Your couple is on the board now", cli.Run("board", "join", "--player", "bo").Out);
        JsonElement status = Json.Parse(cli.Run("status", "--player", "ann", "--json"));
        Assert.Equal(1, status.Int("board.rank"));
        Assert.Equal(1, status.Int("board.couples"));

        Assert.Contains("Your couple is off the board", cli.Run("board", "leave", "--player", "bo").Out);
        Assert.Equal(JsonValueKind.Null, Json.Parse(cli.Run("status", "--player", "ann", "--json")).GetProperty("board").ValueKind);
        // Leaving took both consents: ann alone joining again does not bring the couple back.
        cli.Run("board", "join", "--player", "ann");
        Assert.Equal(JsonValueKind.Null, Json.Parse(cli.Run("status", "--player", "bo", "--json")).GetProperty("board").ValueKind);
    }

    [Theory, OnSqlite, OnPostgres]
    public void The_ranking_is_by_coop_days_then_combined_xp_with_display_names_only(Engine engine)
    {
        using Support.Cli cli = Host(engine);
        foreach (string p in new[] { "ann", "bo", "cy", "di", "ed", "flo" })
        {
            cli.Run("board", "join", "--player", p);
        }

        // Ann & Bo: two co-op days. Cy & Di: one co-op day, more XP. Ed & Flo: Ed alone, lots of XP.
        Log(cli, "ann", "2026-11-23");
        Log(cli, "bo", "2026-11-23");
        Log(cli, "ann", "2026-11-24");
        Log(cli, "bo", "2026-11-24");
        Log(cli, "cy", "2026-11-24", "tibialis-raise=20,20 calf-raise=20,20 backward-walk=300");
        Log(cli, "di", "2026-11-24", "tibialis-raise=20,20 calf-raise=20,20 backward-walk=300");
        Log(cli, "ed", "2026-11-23", "tibialis-raise=20,20 calf-raise=20,20 backward-walk=300");
        Log(cli, "ed", "2026-11-24", "tibialis-raise=20,20 calf-raise=20,20 backward-walk=300");
        Log(cli, "ed", "2026-11-25", "tibialis-raise=20,20 calf-raise=20,20 backward-walk=300");

        JsonElement board = Json.Parse(cli.Run("board", "--player", "cy", "--json"));
        Assert.Equal("2026-W48", board.Str("week"));
        Assert.Equal(2, board.Int("rank"));
        JsonElement[] rows = [.. board.GetProperty("couples").EnumerateArray()];
        Assert.Equal(["Ann Lee", "Cy Diaz", "Ed Fox"], rows.Select(r => r.GetProperty("names")[0].GetString()));
        Assert.Equal([2, 1, 0], rows.Select(r => r.Int("coopDays")));
        Assert.True(rows[1].Int("xp") > rows[0].Int("xp") && rows[2].Int("xp") > rows[1].Int("xp"));
        Assert.Equal([false, true, false], rows.Select(r => r.GetProperty("you").GetBoolean()));

        string text = cli.Run("board", "--player", "cy").Out;
        Assert.Contains("▸  2. Cy Diaz & Di Evans", text);
        Assert.Contains("   1. Ann Lee & Bo Chen                  2 co-op days", text);
        Assert.Contains("Your couple is 2nd of 3 this week.", text);
        // Display names only: no handle anywhere in what a row holds.
        Assert.Equal(["rank", "names", "coopDays", "xp", "you"], rows[0].EnumerateObject().Select(p => p.Name));
        Assert.DoesNotContain("(cy)", text, StringComparison.Ordinal);
    }

    [Theory, OnSqlite, OnPostgres]
    public void Without_a_partner_there_is_no_board_to_join(Engine engine)
    {
        using Support.Cli cli = new("2026-11-25T12:00:00Z", engine);
        cli.Run("player", "add", "kim", "--name", "Kim", "--tz", "UTC");
        CliResult join = cli.Run("board", "join", "--player", "kim");
        Assert.Equal(3, join.ExitCode);
        Assert.Contains("has no partner yet", join.Err);
        Assert.Equal(0L, Sqlite.Scalar<long>(cli.Database, "SELECT count(*) FROM board_members"));
    }
}
