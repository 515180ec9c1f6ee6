using System.Text.Json;
using StrengthQuest.Tests.Support;
using StrengthQuest.TestSupport;

namespace StrengthQuest.Tests.Cli;

public class ReadVerbTests
{
    [Theory, OnSqlite, OnPostgres]
    public void Status_json_carries_the_whole_contract(Engine engine)
    {
        using Support.Cli cli = new("2026-11-24T15:00:00Z", engine);
        cli.Run("player", "add", "alex", "--name", "Alex", "--tz", "Europe/Berlin");
        cli.Run("player", "add", "sam", "--name", "Sam", "--tz", "America/New_York");
        cli.Run("couple", "link", "alex", "sam");
        cli.Run("log", "--player", "alex", "tibialis-raise=20,20");
        cli.Run("log", "--player", "sam", "calf-raise=20,20");

        JsonElement s = Json.Parse(cli.Run("status", "--player", "alex", "--json"));

        Assert.Equal("alex", s.Str("player"));
        Assert.Equal("Alex", s.Str("name"));
        Assert.Equal("2026-11-24", s.Str("gameDay"));
        Assert.Equal(1, s.Int("level"));
        Assert.Equal(13, s.Int("xp"));
        Assert.Equal(13, s.Int("xpIntoLevel"));
        Assert.Equal(25, s.Int("xpForNextLevel"));
        Assert.Equal((1, 1, 0), (s.Int("streak.current"), s.Int("streak.longest"), s.Int("streak.freezes")));
        Assert.Equal("sam", s.Str("coop.partner"));
        Assert.Equal((1, 1, 0), (s.Int("coop.current"), s.Int("coop.longest"), s.Int("coop.freezes")));
        Assert.Equal("2026-W48", s.Str("duel.week"));
        Assert.Equal((13, 13, 0, 0), (s.Int("duel.xp"), s.Int("duel.partnerXp"), s.Int("duel.crowns"), s.Int("duel.partnerCrowns")));
        Assert.Equal(14, s.GetProperty("ladders").GetArrayLength());
        JsonElement tib = s.Ladder("tibialis-raise");
        Assert.Equal((1, 1, 1, 3, false), (tib.Int("unlocked"), tib.Int("suggested"), tib.Int("qualifying"), tib.Int("needed"), tib.At("coolingDown").GetBoolean()));
        Assert.Equal("first-session", s.GetProperty("achievements")[0].Str("id"));
        Assert.Equal("2026-11-24", s.GetProperty("achievements")[0].Str("day"));
    }

    [Theory, OnSqlite, OnPostgres]
    public void A_player_without_a_partner_has_null_coop_and_duel(Engine engine)
    {
        using Support.Cli cli = new(engine: engine);
        cli.Run("player", "add", "kim", "--name", "Kim");
        JsonElement s = Json.Parse(cli.Run("status", "--player", "kim", "--json"));
        Assert.Equal(JsonValueKind.Null, s.GetProperty("coop").ValueKind);
        Assert.Equal(JsonValueKind.Null, s.GetProperty("duel").ValueKind);
        Assert.Equal(0, s.Int("xp"));
    }

    [Theory, OnSqlite, OnPostgres]
    public void Status_as_of_an_earlier_day_ignores_later_check_ins(Engine engine)
    {
        using Support.Cli cli = new(engine: engine);
        cli.Run("player", "add", "kim", "--name", "Kim", "--tz", "UTC");
        cli.Run("log", "--player", "kim", "--date", "2026-11-22", "tibialis-raise=20,20");
        cli.Run("log", "--player", "kim", "tibialis-raise=20,20");
        JsonElement s = Json.Parse(cli.Run("status", "--player", "kim", "--json", "--as-of", "2026-11-22"));
        Assert.Equal("2026-11-22", s.Str("gameDay"));
        Assert.Equal(10, s.Int("xp"));
        Assert.Equal(2, cli.Run("status", "--player", "kim", "--as-of", "22-11-2026").ExitCode);
    }

    [Theory, OnSqlite, OnPostgres]
    public void The_quest_covers_every_area_at_the_suggested_levels(Engine engine)
    {
        using Support.Cli cli = new(engine: engine);
        cli.Run("player", "add", "kim", "--name", "Kim");
        JsonElement q = Json.Parse(cli.Run("quest", "--player", "kim", "--json"));
        Assert.InRange(q.GetProperty("items").GetArrayLength(), 4, 6);
        Assert.InRange(q.Int("minutes"), 15, 25);
        Assert.All(q.GetProperty("items").EnumerateArray(), i => Assert.Equal(1, i.Int("level")));
        Assert.All(q.GetProperty("items").EnumerateArray(), i => Assert.NotEqual(0, i.GetProperty("cues").GetArrayLength()));
        CliResult text = cli.Run("quest", "--player", "kim");
        Assert.Contains("Today's quest", text.Out);
        Assert.Contains("minutes", text.Out);
    }

    [Theory, OnSqlite, OnPostgres]
    public void The_quest_ends_with_the_command_that_logs_it_here_and_that_command_works(Engine engine)
    {
        using Support.Cli cli = new(engine: engine);
        string database = Path.Combine(cli.Folder, "my data", "it's.db");
        Assert.Equal(0, cli.Run("--db", database, "player", "add", "kim", "--name", "Kim").ExitCode);
        CliResult quest = cli.Run("--db", database, "quest", "--player", "kim");
        string line = quest.Out.Trim().Split('\n')[^1];
        Assert.StartsWith($"Log it with: strengthquest --db '{database.Replace("'", "'\\''", StringComparison.Ordinal)}' log --player kim backward-walk:1=300 ", line);

        IReadOnlyList<string> words = StrengthQuest.Ssh.CommandLineSplitter.Split(line["Log it with: ".Length..], out _)!;
        CliResult logged = cli.Run([.. words.Skip(1)]);
        Assert.True(logged.ExitCode == 0, logged.ToString());
        Assert.Equal(words.Count - 6, Sqlite.Scalar<long>(database, "SELECT count(*) FROM entries"));
    }

    [Theory, OnSqlite, OnPostgres]
    public void History_lists_recent_days_newest_first(Engine engine)
    {
        using Support.Cli cli = new(engine: engine);
        cli.Run("player", "add", "kim", "--name", "Kim", "--tz", "UTC");
        cli.Run("log", "--player", "kim", "--date", "2026-11-22", "tibialis-raise=20,20");
        cli.Run("log", "--player", "kim", "--date", "2026-11-23", "--rest", "--pain", "8");
        cli.Run("log", "--player", "kim", "calf-raise=20,20@5", "--note", "easy");

        JsonElement h = Json.Parse(cli.Run("history", "--player", "kim", "--json", "--days", "3"));
        Assert.Equal("2026-11-22", h.Str("from"));
        Assert.Equal("2026-11-24", h.Str("to"));
        JsonElement[] days = [.. h.GetProperty("days").EnumerateArray()];
        Assert.Equal(["2026-11-24", "2026-11-23", "2026-11-22"], days.Select(d => d.Str("day")));
        Assert.Equal("protected", days[1].Str("mark"));
        Assert.Equal("easy", days[0].GetProperty("sessions")[0].Str("note"));
        Assert.Equal(5m, days[0].GetProperty("sessions")[0].GetProperty("entries")[0].GetProperty("sets")[0].GetProperty("loadKg").GetDecimal());
        Assert.Contains("pain-rest, pain 8", cli.Run("history", "--player", "kim").Out);
        Assert.Equal(3, cli.Run("history", "--player", "kim", "--days", "0").ExitCode);
    }
}
