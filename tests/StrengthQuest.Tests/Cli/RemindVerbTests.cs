using StrengthQuest.Tests.Support;
using StrengthQuest.TestSupport;

namespace StrengthQuest.Tests.Cli;

/// <summary><c>remind</c> through the real binary with a fixed clock, and a notify command that appends to a file.</summary>
public class RemindVerbTests
{
    /// <summary>Alex (Berlin, trains Mon/Wed/Fri, reminder 18:00) and Sam (New York, every day, reminder 12:00).</summary>
    private static Support.Cli Couple(Engine engine, string now)
    {
        Support.Cli cli = new(now, engine);
        Assert.Equal(0, cli.Run("player", "add", "alex", "--name", "Alex", "--tz", "Europe/Berlin").ExitCode);
        Assert.Equal(0, cli.Run("player", "add", "sam", "--name", "Sam", "--tz", "America/New_York").ExitCode);
        Assert.Equal(0, cli.Run("couple", "link", "alex", "sam").ExitCode);
        Assert.Equal(0, cli.Run("player", "set", "alex", "--plan", "mon,wed,fri", "--remind", "18:00", "--notify-to", "ntfy:alex").ExitCode);
        Assert.Equal(0, cli.Run("player", "set", "sam", "--remind", "12:00").ExitCode);
        return cli;
    }

    private static string Command(Support.Cli cli) =>
        $"{{ echo \"$SQ_KIND|$SQ_PLAYER|$SQ_NAME|$SQ_TO\"; cat; }} >> '{Path.Combine(cli.Folder, "sent.txt")}'";

    private static string[] Sent(Support.Cli cli)
    {
        string file = Path.Combine(cli.Folder, "sent.txt");
        return File.Exists(file) ? File.ReadAllLines(file) : [];
    }

    [Theory, OnSqlite, OnPostgres]
    public void A_reminder_goes_once_on_a_training_day_after_its_time_without_a_check_in(Engine engine)
    {
        // Wednesday 25 November 2026, 17:30 in Berlin (16:30 UTC): before Alex's 18:00.
        using Support.Cli cli = Couple(engine, "2026-11-25T16:30:00Z");
        Assert.Equal(0, cli.Run("remind", "--notify-command", Command(cli)).ExitCode);
        Assert.DoesNotContain(Sent(cli), l => l.Contains("|alex|", StringComparison.Ordinal));

        // 18:10 in Berlin: due. Sam (12:10 in New York, reminder 12:00, no check-in) too.
        cli.Now = "2026-11-25T17:10:00Z";
        CliResult dry = cli.Run("remind", "--notify-command", Command(cli), "--dry-run");
        Assert.Equal(0, dry.ExitCode);
        Assert.Contains("would send reminder to alex (ntfy:alex)", dry.Out);
        Assert.Empty(Sent(cli));

        Assert.Equal(0, cli.Run("remind", "--notify-command", Command(cli)).ExitCode);
        string[] sent = Sent(cli);
        Assert.Contains("reminder|alex|Alex|ntfy:alex", sent);
        Assert.Contains("reminder|sam|Sam|", sent);
        Assert.Contains(sent, l => l.StartsWith("Time to train, Alex", StringComparison.Ordinal));

        // A second run in the same game day sends nothing again.
        Assert.Equal(0, cli.Run("remind", "--notify-command", Command(cli)).ExitCode);
        Assert.Equal(sent, Sent(cli));
    }

    [Theory, OnSqlite, OnPostgres]
    public void No_reminder_on_a_planned_rest_day_or_after_a_check_in(Engine engine)
    {
        // Tuesday 24 November, 19:00 in Berlin: not one of Alex's training days.
        using Support.Cli cli = Couple(engine, "2026-11-24T18:00:00Z");
        Assert.Equal(0, cli.Run("log", "--player", "sam", "calf-raise=20,20").ExitCode);
        Assert.Equal(0, cli.Run("remind", "--notify-command", Command(cli)).ExitCode);
        Assert.Empty(Sent(cli));
    }

    [Theory, OnSqlite, OnPostgres]
    public void A_failing_command_is_reported_retried_next_run_and_never_blocks_the_others(Engine engine)
    {
        using Support.Cli cli = Couple(engine, "2026-11-25T17:10:00Z");
        string flaky = $"if [ \"$SQ_PLAYER\" = alex ]; then exit 7; fi; {Command(cli)}";
        CliResult first = cli.Run("remind", "--notify-command", flaky);
        Assert.Equal(1, first.ExitCode);
        Assert.Contains("The reminder for alex was not sent (the command exited with 7); the next run tries again.", first.Err);
        Assert.Contains("reminder|sam|Sam|", Sent(cli));

        // The host fixes its command: Alex's reminder goes out on the next run, Sam's is not repeated.
        Assert.Equal(0, cli.Run("remind", "--notify-command", Command(cli)).ExitCode);
        Assert.Single(Sent(cli), l => l.StartsWith("reminder|alex", StringComparison.Ordinal));
        Assert.Single(Sent(cli), l => l.StartsWith("reminder|sam", StringComparison.Ordinal));
    }

    [Theory, OnSqlite, OnPostgres]
    public void A_nudge_reaches_a_partner_who_is_not_in_the_game_once(Engine engine)
    {
        // Monday 23 November, 11:00 in Berlin, 05:00 in New York: no reminders due yet.
        using Support.Cli cli = Couple(engine, "2026-11-23T10:00:00Z");
        Assert.Equal(0, cli.Run("nudge", "--player", "alex").ExitCode);
        Assert.Equal(0, cli.Run("remind", "--notify-command", Command(cli)).ExitCode);
        Assert.Equal(["nudge|sam|Sam|", "Alex nudged you: the co-op streak needs you today."], Sent(cli));

        Assert.Equal(0, cli.Run("remind", "--notify-command", Command(cli)).ExitCode);
        Assert.Equal(2, Sent(cli).Length);
    }

    [Theory, OnSqlite, OnPostgres]
    public void A_partner_playing_now_sees_the_nudge_in_the_game_instead(Engine engine)
    {
        using Support.Cli cli = Couple(engine, "2026-11-23T10:00:00Z");
        Assert.Equal(0, cli.Run("nudge", "--player", "alex").ExitCode);
        long sam = Sqlite.Scalar<long>(cli.Database, "SELECT id FROM players WHERE handle = 'sam'");
        // Sam's game is open: a presence row naming a process that runs (this test's own).
        Storage.Social.GameProcess game = Storage.Social.GameProcess.Current;
        Sqlite.Execute(cli.Database, $"INSERT INTO presence (player_id, host, pid, started, entered_at) VALUES ({sam}, '{game.Host}', {game.Pid}, {game.Started}, '2026-11-23T09:59:55.000Z')");
        Assert.Equal(0, cli.Run("remind", "--notify-command", Command(cli)).ExitCode);
        Assert.Empty(Sent(cli));
    }

    [Theory]
    [InlineData("--remind", "25:00", "is not a reminder time")]
    [InlineData("--remind", "six", "is not a reminder time")]
    [InlineData("--plan", "funday", "is not a training plan")]
    public void Bad_settings_are_refused_in_one_sentence(string option, string value, string message)
    {
        using Support.Cli cli = Couple(Engine.Sqlite, "2026-11-25T17:10:00Z");
        CliResult refused = cli.Run("player", "set", "alex", option, value);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains(message, refused.Err);
        Assert.Single(refused.Err.Trim().Split('\n'));
    }

    [Fact]
    public void Remind_needs_a_command()
    {
        using Support.Cli cli = Couple(Engine.Sqlite, "2026-11-25T17:10:00Z");
        Assert.Equal(2, cli.Run("remind").ExitCode);
        Assert.Equal(2, cli.Run("remind", "--notify-command", " ").ExitCode);
    }
}
