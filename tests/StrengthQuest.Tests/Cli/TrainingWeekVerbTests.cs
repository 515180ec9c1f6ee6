using System.Text.Json;
using StrengthQuest.Tests.Support;
using StrengthQuest.TestSupport;

namespace StrengthQuest.Tests.Cli;

/// <summary>Plans, rest days, the carry, the boss and the recap, played through the real binary.</summary>
public class TrainingWeekVerbTests
{
    /// <summary>Alex in Berlin and Sam in New York; 13:00 UTC is inside both of their game days.</summary>
    private static Support.Cli Couple(Engine engine, string now = "2026-11-23T13:00:00Z")
    {
        Support.Cli cli = new(now, engine);
        Assert.Equal(0, cli.Run("player", "add", "alex", "--name", "Alex", "--tz", "Europe/Berlin").ExitCode);
        Assert.Equal(0, cli.Run("player", "add", "sam", "--name", "Sam", "--tz", "America/New_York").ExitCode);
        Assert.Equal(0, cli.Run("couple", "link", "alex", "sam").ExitCode);
        return cli;
    }

    private static JsonElement Status(Support.Cli cli, string player) => Json.Parse(cli.Run("status", "--player", player, "--json"));

    /// <summary>Every exercise of the player's quest today, at its target.</summary>
    private static string[] Quest(Support.Cli cli, string player) =>
    [
        .. Json.Parse(cli.Run("quest", "--player", player, "--json")).GetProperty("items").EnumerateArray()
            .Select(i => $"{i.Str("ladder")}:{i.Int("level")}={string.Join(",", Enumerable.Repeat(i.Int("amount"), i.Int("sets")))}"),
    ];

    private static void Log(Support.Cli cli, string player, params string[] entries)
    {
        CliResult result = cli.Run(["log", "--player", player, .. entries]);
        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Theory]
    [InlineData("daily", "alex trains every day from")]
    [InlineData("mon,tue,wed,thu,fri,sat,sun", "alex trains every day from")]
    [InlineData("3", "alex trains mon, wed, fri from")]
    public void A_plan_change_says_which_days_are_rest_days_only_when_there_are_some(string plan, string said)
    {
        using Support.Cli cli = Couple(Engine.Sqlite);
        CliResult result = cli.Run("player", "set", "alex", "--plan", plan);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains(said, result.Out);
        Assert.Equal(plan != "3", !result.Out.Contains("rest days", StringComparison.Ordinal));
    }

    [Theory, OnSqlite, OnPostgres]
    public void A_three_day_plan_makes_the_other_days_rest_days_with_a_mobility_flow(Engine engine)
    {
        using Support.Cli cli = Couple(engine);
        CliResult set = cli.Run("player", "set", "alex", "--plan", "3");
        Assert.Equal(0, set.ExitCode);
        Assert.Contains("alex trains mon, wed, fri from now on", set.Out);

        JsonElement monday = Status(cli, "alex");
        Assert.Equal(["mon", "wed", "fri"], monday.GetProperty("plan").EnumerateArray().Select(d => d.GetString()));
        Assert.True(monday.GetProperty("todayIsTrainingDay").GetBoolean());
        Log(cli, "alex", Quest(cli, "alex"));

        cli.Now = "2026-11-24T13:00:00Z";
        JsonElement tuesday = Status(cli, "alex");
        Assert.False(tuesday.GetProperty("todayIsTrainingDay").GetBoolean());
        Assert.Contains("Rest day — a short mobility flow if you like", cli.Run("quest", "--player", "alex").Out);
        Assert.Contains("today is a rest day", cli.Run("status", "--player", "alex").Out);
        Assert.InRange(Json.Parse(cli.Run("quest", "--player", "alex", "--json")).Int("minutes"), 5, 10);

        // Tuesday was a rest day: on Wednesday the streak still stands at one, though nothing was logged.
        cli.Now = "2026-11-25T13:00:00Z";
        Assert.Equal(1, Status(cli, "alex").Int("streak.current"));
        Assert.Equal(0, Status(cli, "alex").Int("streak.freezes"));

        // A plan changed once training has started applies from the next game day.
        CliResult change = cli.Run("player", "set", "alex", "--plan", "daily");
        Assert.Contains("from Thursday 26 November 2026", change.Out);
        Assert.True(Status(cli, "alex").GetProperty("todayIsTrainingDay").GetBoolean());
    }

    [Theory, OnSqlite, OnPostgres]
    public void Player_set_json_says_the_plan_from_which_day_and_the_reminder(Engine engine)
    {
        using Support.Cli cli = Couple(engine);
        Log(cli, "alex", "tibialis-raise=20,20");
        JsonElement set = Json.Parse(cli.Run("player", "set", "alex", "--plan", "tue,thu", "--remind", "7:15", "--notify-to", "ntfy:alex", "--json"));
        Assert.Equal(["tue", "thu"], set.GetProperty("plan").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal("2026-11-24", set.Str("planFrom"));
        Assert.Equal(("07:15", "ntfy:alex"), (set.Str("remindAt"), set.Str("notifyTo")));

        // Only the name changed: the training week is as it was, and no plan change is named.
        JsonElement renamed = Json.Parse(cli.Run("player", "set", "alex", "--name", "Alexa", "--json"));
        Assert.Equal(["tue", "thu"], renamed.GetProperty("plan").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(JsonValueKind.Null, renamed.GetProperty("planFrom").ValueKind);
        Assert.Equal("Alexa", renamed.Str("name"));
    }

    [Theory, OnSqlite, OnPostgres]
    public void A_week_with_every_kind_of_event_comes_back_in_the_recap(Engine engine)
    {
        using Support.Cli cli = Couple(engine);
        for (int day = 23; day <= 29; day++)
        {
            cli.Now = $"2026-11-{day}T13:00:00Z";
            Log(cli, "alex", Quest(cli, "alex"));
            if (day != 26)
            {
                // Sam trains with a little pain, and misses Thursday the 26th: Alex carries it. On
                // Saturday Sam beats the tibialis record of the week (30 reps in one set).
                string[] extra = day == 28 ? ["tibialis-raise:1=30,20/2"] : [];
                Log(cli, "sam", [.. Quest(cli, "sam").Take(3).Select(e => e + "/2"), .. extra]);
            }
        }

        // The week is over for both (Monday 30th in both zones).
        cli.Now = "2026-11-30T13:00:00Z";
        JsonElement recap = Json.Parse(cli.Run("recap", "--player", "sam", "--json"));
        Assert.Equal("2026-W48", recap.Str("week"));
        Assert.Equal("2026-11-23", recap.Str("from"));
        JsonElement sam = recap.GetProperty("me");
        Assert.Equal(6, sam.Int("sessions"));
        Assert.Equal(7, sam.GetProperty("days").GetArrayLength());
        Assert.Equal(["2026-11-26"], sam.GetProperty("carried").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal("carried", sam.GetProperty("days")[3].Str("mark"));
        Assert.Equal(2, sam.GetProperty("days")[0].Int("pain"));
        Assert.Equal(JsonValueKind.Null, sam.GetProperty("days")[3].GetProperty("pain").ValueKind);
        Assert.NotEqual(0, sam.GetProperty("records").GetArrayLength());
        Assert.Equal(6, sam.Int("streakAtEnd"));
        JsonElement alex = recap.GetProperty("partner");
        Assert.Equal(7, alex.Int("sessions"));
        Assert.NotEqual(0, alex.GetProperty("unlocks").GetArrayLength());
        Assert.Equal(7, alex.Int("streakAtEnd"));
        Assert.True(recap.GetProperty("boss").GetProperty("beaten").GetBoolean());
        Assert.True(recap.At("crown").GetProperty("decided").GetBoolean());
        Assert.True(recap.At("crown").GetProperty("partner").GetBoolean());
        Assert.Equal(6, recap.Int("coopStreakAtEnd"));

        // The text recap fits 80 columns and shows the same week.
        CliResult text = cli.Run("recap", "--player", "sam", "--week", "2026-W48");
        Assert.Equal(0, text.ExitCode);
        Assert.All(text.Out.TrimEnd().Split('\n'), line => Assert.True(line.Length <= 80, line));
        Assert.Contains("beaten!", text.Out);
        Assert.Contains("Crown: Alex's", text.Out);

        // History marks the carried day; achievements name both the boss and the carry.
        JsonElement history = Json.Parse(cli.Run("history", "--player", "sam", "--json", "--days", "10"));
        JsonElement thursday = history.GetProperty("days").EnumerateArray().Single(d => d.Str("day") == "2026-11-26");
        Assert.Equal("alex", thursday.Str("carriedBy"));
        Assert.Contains(Status(cli, "alex").GetProperty("achievements").EnumerateArray(), a => a.Str("id") == "first-carry");
        Assert.Contains(Status(cli, "sam").GetProperty("achievements").EnumerateArray(), a => a.Str("id") == "first-boss");
        Assert.Contains("carried by Alex", cli.Run("history", "--player", "sam", "--days", "10").Out);
    }

    [Theory, OnSqlite, OnPostgres]
    public void Status_json_has_the_boss_for_a_couple_and_null_alone(Engine engine)
    {
        using Support.Cli cli = Couple(engine);
        Assert.Equal(0, cli.Run("player", "add", "kim", "--name", "Kim", "--tz", "UTC").ExitCode);
        JsonElement boss = Status(cli, "alex").GetProperty("boss");
        Assert.Equal("2026-W48", boss.Str("week"));
        Assert.Equal(150, boss.Int("hp"));
        Assert.Equal(0, boss.Int("damage"));
        Assert.False(string.IsNullOrEmpty(boss.Str("name")));
        Assert.Equal(JsonValueKind.Null, Status(cli, "kim").GetProperty("boss").ValueKind);
        Log(cli, "alex", "tibialis-raise=20,20");
        Assert.Equal(10, Status(cli, "sam").GetProperty("boss").Int("damage"));
    }

    [Theory]
    [InlineData("2026-W99", 2)]
    [InlineData("last week", 2)]
    [InlineData("2027-W05", 3)]
    public void A_bad_or_future_week_is_one_sentence(string week, int code)
    {
        using Support.Cli cli = Couple(Engine.Sqlite);
        CliResult refused = cli.Run("recap", "--player", "alex", "--week", week);
        Assert.Equal(code, refused.ExitCode);
        Assert.Single(refused.Err.Trim().Split('\n'));
    }
}
