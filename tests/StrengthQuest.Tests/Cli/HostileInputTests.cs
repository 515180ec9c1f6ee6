using System.Text.Json.Nodes;
using StrengthQuest.Tests.Support;

namespace StrengthQuest.Tests.Cli;

/// <summary>
/// Bad input on every verb: one sentence, the README's exit code — 2 for what is malformed (an empty
/// value, text where a number goes), 3 for a well-formed number out of its range — and nothing written.
/// </summary>
public class HostileInputTests
{
    private static Support.Cli Amy()
    {
        Support.Cli cli = new();
        Assert.Equal(0, cli.Run("player", "add", "amy", "--name", "Amy", "--tz", "UTC").ExitCode);
        Assert.Equal(0, cli.Run("log", "--player", "amy", "tibialis-raise=20,20").ExitCode);
        File.WriteAllText(Path.Combine(cli.Folder, "key.pub"), "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGlsZWdhbGx5IGJsb25kZSBrZXkgZm9yIHRlc3Rz amy\n");
        return cli;
    }

    [Theory]
    [InlineData("backup", "")]
    [InlineData("backup", "  ")]
    [InlineData("import", "")]
    [InlineData("export", "-o", "")]
    [InlineData("export", "--output", " ")]
    [InlineData("ssh-key-line", "--player", "amy", "")]
    [InlineData("ssh-key-line", "--player", "", "KEY")]
    [InlineData("--db", "", "player", "list")]
    [InlineData("player", "list", "--db", " ")]
    [InlineData("status", "--player", "amy", "--catalog", "")]
    [InlineData("status", "--player", "")]
    [InlineData("quest", "-p", "")]
    [InlineData("history", "--player", "\t")]
    [InlineData("nudge", "--player", "")]
    [InlineData("log", "--player", "", "tibialis-raise=20")]
    [InlineData("log", "--player", "amy", "--note", "", "tibialis-raise=20")]
    [InlineData("log", "--player", "amy", "")]
    [InlineData("log", "--player", "amy", "--date", "", "tibialis-raise=20")]
    [InlineData("status", "--player", "amy", "--as-of", "")]
    [InlineData("history", "--player", "amy", "--days", "")]
    [InlineData("log", "--player", "amy", "--pain", "", "tibialis-raise=20")]
    [InlineData("player", "add", "", "--name", "Bo")]
    [InlineData("player", "add", "bo", "--name", "")]
    [InlineData("player", "add", "bo", "--name", "Bo", "--tz", "")]
    [InlineData("player", "add", "bo", "--name", "Bo", "--tz", "   ")]
    [InlineData("player", "add", "bo", "--name", "Bo", "--day-start", "")]
    [InlineData("couple", "link", "", "amy")]
    [InlineData("couple", "link", "amy", " ")]
    [InlineData("export", "--format", "")]
    [InlineData("--player", "")]
    [InlineData("session", "delete", "", "--player", "amy")]
    [InlineData("session", "edit", " ", "--player", "amy", "tibialis-raise=20")]
    public void An_empty_value_is_a_usage_error_in_one_sentence(params string[] args)
    {
        using Support.Cli cli = Amy();
        string[] run = [.. args.Select(a => a == "KEY" ? Path.Combine(cli.Folder, "key.pub") : a)];
        CliResult result = Refused.Run(cli, 2, run);
        Assert.Matches("empty|not \"\\s*\"|is not an entry|Argument '' not recognized", result.Err);
    }

    [Theory]
    [InlineData("maximum of 100,000 for one set", "log", "--player", "amy", "tibialis-raise=100001")]
    [InlineData("maximum of 100,000 for one set", "log", "--player", "amy", "tibialis-raise=20,99999999999999999999999")]
    [InlineData("maximum load of 1,000 kg", "log", "--player", "amy", "tibialis-raise=20@1000.5")]
    [InlineData("loads are 0 kg or more", "log", "--player", "amy", "tibialis-raise=20@-1")]
    [InlineData("each set is a whole number above 0", "log", "--player", "amy", "tibialis-raise=0")]
    [InlineData("each set is a whole number above 0", "log", "--player", "amy", "tibialis-raise=20,-5")]
    [InlineData("pain is a whole number from 0 to 10", "log", "--player", "amy", "tibialis-raise=20/11")]
    [InlineData("pain is a whole number from 0 to 10", "log", "--player", "amy", "tibialis-raise=20/-1")]
    [InlineData("--pain takes a pain score from 0 to 10, not 11", "log", "--player", "amy", "--pain", "11", "tibialis-raise=20")]
    [InlineData("--pain takes a pain score from 0 to 10, not -1", "log", "--player", "amy", "--rest", "--pain", "-1")]
    [InlineData("levels are whole numbers from 1", "log", "--player", "amy", "tibialis-raise:0=20")]
    [InlineData("no ladder goes that high", "log", "--player", "amy", "tibialis-raise:99999999999=20")]
    [InlineData("has levels 1 to 4", "log", "--player", "amy", "tibialis-raise:5=20")]
    [InlineData("--days takes a number of days from 1 to 3660, not 0", "history", "--player", "amy", "--days", "0")]
    [InlineData("--as-of takes a day from 1970-01-01 on, not 0001-01-01", "status", "--player", "amy", "--as-of", "0001-01-01")]
    [InlineData("--week takes a week from 1970-W01 on, not 0001-W01", "recap", "--player", "amy", "--week", "0001-W01")]
    [InlineData("not 99999999999999999999", "history", "--player", "amy", "--days", "99999999999999999999")]
    [InlineData("--day-start takes an hour from 0 to 23, not 24", "player", "add", "bo", "--name", "Bo", "--day-start", "24")]
    [InlineData("--day-start takes an hour from 0 to 23, not -1", "player", "add", "bo", "--name", "Bo", "--day-start", "-1")]
    public void A_number_out_of_range_is_invalid_data_and_says_the_range(string message, params string[] args)
    {
        using Support.Cli cli = Amy();
        Assert.Contains(message, Refused.Run(cli, 3, args).Err);
    }

    [Theory]
    [InlineData("2026-11-25")]
    [InlineData("9999-12-31")]
    public void Status_as_of_a_day_still_to_come_is_refused(string day)
    {
        using Support.Cli cli = Amy();
        Assert.Contains("is in the future; today's game day is 2026-11-24", Refused.Run(cli, 3, "status", "--player", "amy", "--as-of", day).Err);
    }

    [Theory]
    [InlineData("Mars/Olympus")]
    [InlineData("localtime")]
    [InlineData("../../../etc/passwd")]
    [InlineData("/usr/share/zoneinfo/UTC")]
    public void A_time_zone_that_is_not_a_zone_name_is_refused(string zone)
    {
        using Support.Cli cli = Amy();
        Assert.Contains("is not a time zone known here", Refused.Run(cli, 3, "player", "add", "bo", "--name", "Bo", "--tz", zone).Err);
    }

    [Fact]
    public void What_is_quoted_from_the_input_is_cut_short()
    {
        using Support.Cli cli = Amy();
        string huge = new('a', 5000);
        foreach (string[] args in new[] { new[] { "status", "--player", huge }, ["log", "--player", "amy", $"tibialis-raise={huge}"], [huge] })
        {
            CliResult result = cli.Run(args);
            Assert.NotEqual(0, result.ExitCode);
            Assert.InRange(result.Err.Length, 1, 300);
            Assert.Contains(new string('a', 40) + "…", result.Err);
        }
    }

    [Theory]
    [InlineData("tibialis-raise=20/x")]
    [InlineData("tibialis-raise=2O")]
    [InlineData("tibialis-raise:two=20")]
    [InlineData("tibialis-raise=20@heavy")]
    [InlineData("tibialis-raise=20,,20")]
    public void Text_where_a_number_goes_is_a_usage_error(string entry)
    {
        using Support.Cli cli = Amy();
        Refused.Run(cli, 2, "log", "--player", "amy", entry);
        Refused.Run(cli, 2, "log", "--player", "amy", "--pain", "x", "tibialis-raise=20");
        Refused.Run(cli, 2, "history", "--player", "amy", "--days", "1.5");
    }

    [Theory]
    [InlineData("import", "FILE")]
    [InlineData("ssh-key-line", "--player", "amy", "FILE")]
    [InlineData("status", "--player", "amy", "--catalog", "FILE")]
    public void An_endless_or_huge_file_is_refused_at_once(params string[] args)
    {
        using Support.Cli cli = Amy();
        string huge = Path.Combine(cli.Folder, "huge.json");
        using (FileStream sparse = File.Create(huge))
        {
            sparse.SetLength(100L << 20);
        }

        foreach (string file in new[] { "/dev/zero", "/dev/urandom", huge })
        {
            System.Diagnostics.Stopwatch clock = System.Diagnostics.Stopwatch.StartNew();
            CliResult result = Refused.Run(cli, 3, [.. args.Select(a => a == "FILE" ? file : a)]);
            Assert.InRange(clock.Elapsed.TotalSeconds, 0, 10);
            Assert.Contains("more than", result.Err);
            Assert.Contains(file, result.Err);
        }
    }

    [Theory]
    [InlineData("backfillDays", -1, "rules.backfillDays is -1 (0 to 30 expected)")]
    [InlineData("levelCurve.linearXpPerLevel", 0, "rules.levelCurve.linearXpPerLevel is 0 (1 to 100000 expected)")]
    public void A_catalog_file_with_a_broken_rule_is_refused_naming_the_file_and_the_fault(string rule, int value, string fault)
    {
        using Support.Cli cli = Amy();
        JsonObject shipped = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "../../../../../data/catalog.json")))!.AsObject();
        string[] path = ["rules", .. rule.Split('.')];
        path[..^1].Aggregate(shipped, (node, step) => node[step]!.AsObject())[path[^1]] = value;
        string catalog = Path.Combine(cli.Folder, "my catalog.json");
        File.WriteAllText(catalog, shipped.ToJsonString());
        foreach (string[] args in new[] { new[] { "status", "--player", "amy" }, ["log", "--player", "amy", "calf-raise=20,20"], ["player", "list"] })
        {
            CliResult result = Refused.Run(cli, 3, [.. args, "--catalog", catalog]);
            Assert.Contains($"The catalog {catalog} is malformed: {fault}.", result.Err);
        }
    }
}
