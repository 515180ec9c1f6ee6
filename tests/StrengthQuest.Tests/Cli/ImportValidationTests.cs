using System.Text.Json.Nodes;
using StrengthQuest.Tests.Support;

namespace StrengthQuest.Tests.Cli;

/// <summary>
/// An export that breaks the game's rules is refused whole, naming what is wrong and where, both
/// into a new database (which is then not created) and into one with data (which stays byte for byte).
/// </summary>
public class ImportValidationTests
{
    private const string Now = "2026-11-24T15:00:00Z";

    private static Support.Cli Seeded() => DataVerbTests.Seeded();

    private static JsonObject Export(Support.Cli cli) => JsonNode.Parse(cli.Run("export").Out)!.AsObject();

    private static JsonObject Session(JsonObject export, string player) =>
        export["sessions"]!.AsArray().Select(s => s!.AsObject()).First(s => (string)s["player"]! == player);

    /// <summary>Imports the file into a new path and into the seeded database: refused (exit 3) both times, nothing written.</summary>
    private static string Refuse(Support.Cli cli, JsonObject export, string fault)
    {
        string file = Path.Combine(cli.Folder, $"bad-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, export.ToJsonString());
        string seeded = cli.Database;
        cli.Database = Path.Combine(cli.Folder, "new", "sq.db");
        string fresh = Refused.Run(cli, 3, "import", file).Err;
        cli.Database = seeded;
        string err = Refused.Run(cli, 3, "import", file).Err;
        Assert.Contains(fault, fresh);
        Assert.Contains(fault, err);
        Assert.StartsWith($"{file} ", err);
        return err;
    }

    [Fact]
    public void A_game_day_in_the_future_of_its_recording_time_is_refused()
    {
        using Support.Cli cli = Seeded();
        JsonObject export = Export(cli);
        JsonObject alex = Session(export, "alex");
        alex["day"] = "2026-11-25";
        Refuse(cli, export, $"session \"{alex["uid"]}\" is for 2026-11-25, in the future of when it was recorded (game day 2026-11-24 for alex)");
    }

    [Fact]
    public void A_recording_time_that_has_not_happened_yet_is_refused()
    {
        using Support.Cli cli = Seeded();
        JsonObject export = Export(cli);
        Session(export, "alex")["recordedAt"] = "2027-11-24T15:00:00.000Z";
        Session(export, "alex")["day"] = "2027-11-24";
        Refuse(cli, export, "has not happened yet");
    }

    [Fact]
    public void A_pain_rest_below_the_minimum_is_refused()
    {
        using Support.Cli cli = Seeded();
        JsonObject export = Export(cli);
        JsonObject sam = Session(export, "sam");
        sam["restPain"] = 3;
        Refuse(cli, export, $"session \"{sam["uid"]}\" is a pain-rest at pain 3; a pain-rest is for pain 6 to 10");
    }

    [Fact]
    public void An_entry_above_the_level_the_files_own_history_unlocks_is_refused()
    {
        using Support.Cli cli = Seeded();
        JsonObject export = Export(cli);
        JsonObject alex = Session(export, "alex");
        alex["entries"]![0]!["level"] = 3;
        Refuse(cli, export, $"session \"{alex["uid"]}\" has ATG split squat at level 3, which alex's history had not unlocked by 2026-11-24 (level 1 was the highest open)");
    }

    [Fact]
    public void A_level_used_before_the_sessions_that_unlock_it_were_recorded_is_refused_and_one_used_after_is_not()
    {
        using Support.Cli cli = new(Now);
        cli.Run("player", "add", "kim", "--name", "Kim", "--tz", "UTC");
        foreach (string day in new[] { "2026-11-21", "2026-11-22", "2026-11-23" })
        {
            Assert.Equal(0, cli.Run("log", "--player", "kim", "--date", day, "tibialis-raise=20,20").ExitCode);
        }

        // Unlocked on the 23rd, level 2 may be backfilled to the 22nd on the 24th: the game allows it, and so does import.
        Assert.Equal(0, cli.Run("log", "--player", "kim", "--date", "2026-11-22", "tibialis-raise:2=25,25").ExitCode);
        JsonObject export = Export(cli);
        string good = Path.Combine(cli.Folder, "good.json");
        File.WriteAllText(good, export.ToJsonString());
        cli.Database = Path.Combine(cli.Folder, "copy.db");
        CliResult imported = cli.Run("import", good);
        Assert.True(imported.ExitCode == 0, imported.ToString());

        // Recorded on the 22nd itself, before the third qualifying day, it could not have been.
        JsonObject early = export["sessions"]!.AsArray().Select(s => s!.AsObject()).Single(s => (int)s["entries"]![0]!["level"]! == 2);
        early["recordedAt"] = "2026-11-22T18:00:00.000Z";
        cli.Database = Path.Combine(cli.Folder, "copy2.db");
        Refuse(cli, export, "which kim's history had not unlocked by 2026-11-22 (level 1 was the highest open)");
    }

    [Fact]
    public void Two_sessions_with_one_uid_are_refused()
    {
        using Support.Cli cli = Seeded();
        JsonObject export = Export(cli);
        JsonObject copy = Session(export, "alex").DeepClone().AsObject();
        copy["note"] = "again";
        export["sessions"]!.AsArray().Add(copy);
        Refuse(cli, export, $"two sessions have the uid \"{copy["uid"]}\"");
    }

    [Theory]
    [InlineData("2026-02-30")]
    [InlineData("2026-11-24T00:00")]
    [InlineData("yesterday")]
    public void A_day_that_is_not_a_date_says_so(string day)
    {
        using Support.Cli cli = Seeded();
        JsonObject export = Export(cli);
        JsonObject alex = Session(export, "alex");
        alex["day"] = day;
        Refuse(cli, export, $"session \"{alex["uid"]}\" has the day \"{day}\", which is not a date");
    }

    [Theory]
    [InlineData("entries[0].level", "x", "a whole number")]
    [InlineData("entries[0].sets[0].amount", 1.5, "a whole number")]
    [InlineData("entries[0].sets[0].loadKg", "heavy", "a number")]
    [InlineData("backfilled", "no", "true or false")]
    [InlineData("day", 20261124, "text")]
    [InlineData("entries", "none", "a list")]
    public void A_field_of_the_wrong_type_is_named(string field, object value, string expected)
    {
        using Support.Cli cli = Seeded();
        JsonObject export = Export(cli);
        JsonObject alex = Session(export, "alex");
        JsonNode target = alex;
        string[] steps = field.Split('.');
        foreach (string step in steps[..^1])
        {
            target = step.EndsWith(']') ? target[step[..step.IndexOf('[')]]![int.Parse(step[(step.IndexOf('[') + 1)..^1])]! : target[step]!;
        }

        target[steps[^1]] = JsonValue.Create(value);
        Refuse(cli, export, $"session \"{alex["uid"]}\" has a wrong value for {field} ({expected} expected)");
    }

    [Fact]
    public void A_missing_field_and_a_player_field_of_the_wrong_type_are_named()
    {
        using Support.Cli cli = Seeded();
        JsonObject export = Export(cli);
        export["players"]![0]!["dayStartHour"] = "four";
        Refuse(cli, export, "player \"alex\" has a wrong value for dayStartHour (a whole number expected)");
        export = Export(cli);
        Session(export, "alex").Remove("recordedAt");
        Refuse(cli, export, "has no field recordedAt");
        Refuse(cli, new JsonObject { ["players"] = new JsonArray() }, "the file has no field format");
    }

    [Fact]
    public void A_uid_over_64_characters_is_refused_without_being_echoed()
    {
        using Support.Cli cli = Seeded();
        JsonObject export = Export(cli);
        string uid = new('u', 65);
        Session(export, "alex")["uid"] = uid;
        string err = Refuse(cli, export, "session number 1 has a uid that is not 1 to 64 letters");
        Assert.DoesNotContain(uid[..20], err);
        Session(export, "alex")["uid"] = "\u001b[2J" + new string('x', 10_000);
        Assert.DoesNotContain("xxxxxxxxxx", Refuse(cli, export, "has a uid that is not"));
    }

    [Fact]
    public void Other_broken_sessions_players_and_couples_are_refused()
    {
        using Support.Cli cli = Seeded();
        (Action<JsonObject> Break, string Fault)[] cases =
        [
            (e => Session(e, "sam")["entries"] = Session(e, "alex")["entries"]!.DeepClone(), "has entries and a rest pain"),
            (e => Session(e, "alex")["entries"] = new JsonArray(), "has no entries and no rest pain"),
            (e => Session(e, "alex")["entries"]![0]!["ladder"] = "deadlift", "names the ladder \"deadlift\", which the catalog does not have"),
            (e => Session(e, "alex")["entries"]![0]!["pain"] = 11, "at pain 11; pain goes from 0 to 10"),
            (e => Session(e, "alex")["entries"]![0]!["sets"]![0]!["amount"] = 100_001, "set outside 1 to 100,000"),
            (e => Session(e, "alex")["entries"]![0]!["sets"]![0]!["loadKg"] = 1001, "load outside 0 to 1,000 kg"),
            (e => Session(e, "alex")["day"] = "1999-12-31", "is dated before 2000-01-01"),
            (e => Session(e, "alex")["player"] = "ghost", "it refers to player \"ghost\", who is neither in the file nor here"),
            (e => e["players"]!.AsArray().Add(e["players"]![0]!.DeepClone()), "player \"alex\" is in it twice"),
            (e => e["players"]![0]!["timeZone"] = "Mars/Olympus", "player \"alex\" has the time zone \"Mars/Olympus\", which is not known here"),
            (e => e["players"]![0]!["timeZone"] = "", "has the time zone \"\", which is not known here"),
            (e => e["couples"]!.AsArray().Add(new JsonObject { ["a"] = "alex", ["b"] = "kim", ["linkedAt"] = "2026-11-24T10:00:00.000Z" }), "alex is in two of its couples"),
            (e => e["version"] = 2, "it is not a version 1 StrengthQuest export"),
        ];
        foreach ((Action<JsonObject> breakIt, string fault) in cases)
        {
            JsonObject export = Export(cli);
            breakIt(export);
            Refuse(cli, export, fault);
        }
    }

    [Fact]
    public void A_couple_that_conflicts_with_one_here_is_refused()
    {
        using Support.Cli cli = Seeded();
        JsonObject export = Export(cli);
        cli.Database = Path.Combine(cli.Folder, "other.db");
        cli.Run("player", "add", "alex", "--name", "Alex", "--tz", "Europe/Berlin");
        cli.Run("player", "add", "kim", "--name", "Kim");
        cli.Run("couple", "link", "alex", "kim");
        string file = Path.Combine(cli.Folder, "export.json");
        File.WriteAllText(file, export.ToJsonString());
        Assert.Contains("it links alex with sam, but alex is linked with kim here", Refused.Run(cli, 3, "import", file).Err);
    }

    [Fact]
    public void A_player_already_here_with_another_name_or_zone_is_reported_not_silently_skipped()
    {
        using Support.Cli cli = Seeded();
        JsonObject export = Export(cli);
        export["players"]![0]!["name"] = "Alexander";
        export["players"]![0]!["timeZone"] = "Asia/Tokyo";
        export["sessions"]!.AsArray().Add(new JsonObject
        {
            ["uid"] = "from-tokyo-1", ["player"] = "alex", ["day"] = "2026-11-24", ["recordedAt"] = "2026-11-24T14:00:00.000Z",
            ["backfilled"] = false, ["restPain"] = null, ["note"] = null,
            ["entries"] = new JsonArray(new JsonObject { ["ladder"] = "calf-raise", ["level"] = 1, ["pain"] = 0, ["sets"] = new JsonArray(new JsonObject { ["amount"] = 20, ["loadKg"] = null }) }),
        });
        string file = Path.Combine(cli.Folder, "export.json");
        File.WriteAllText(file, export.ToJsonString());

        CliResult result = cli.Run("import", file);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Imported 0 players, 0 couples and 1 sessions; 2 sessions were already here.", result.Out);
        Assert.Contains("alex is already here as \"Alex\" (Europe/Berlin, day starts 04:00); the file has \"Alexander\" (Asia/Tokyo, 04:00).", result.Out);
        Assert.Contains("\"Alex\"", cli.Run("player", "list", "--json").Out);
    }
}
