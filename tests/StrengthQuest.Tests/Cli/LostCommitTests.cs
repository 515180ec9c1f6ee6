using StrengthQuest.Tests.Support;
using StrengthQuest.TestSupport;

namespace StrengthQuest.Tests.Cli;

/// <summary>
/// The connection goes while PostgreSQL commits a check-in: the server may have saved it or not,
/// and the player must be told which (asked again on a new connection), never "nothing was saved"
/// for a check-in that is there, which would have them log it twice.
/// </summary>
public class LostCommitTests
{
    /// <summary>
    /// Alex logs one check-in through a relay that cuts the COMMIT's connection (after the server
    /// answered it, or before passing it on); returns what the command said, and how many sessions
    /// the database holds afterwards, read directly.
    /// </summary>
    private static (CliResult Result, int Sessions) LogThroughCut(Engine engine, bool afterReply, bool refuseAfterCut = false)
    {
        Assert.Equal(Engine.Postgres, engine);
        using Support.Cli cli = Support.Cli.Couple(engine: engine);
        string direct = cli.Database;
        CliResult result;
        using (CommitCutter cutter = new(direct, afterReply) { RefuseAfterCut = refuseAfterCut })
        {
            cli.Database = cutter.Address;
            result = cli.Run("log", "--player", "alex", "tibialis-raise=20,20");
            Assert.True(cutter.HasCut, $"the relay never saw the check-in's COMMIT: {result}");
        }

        cli.Database = direct;
        return (result, Json.Parse(cli.Run("export")).GetProperty("sessions").GetArrayLength());
    }

    [Theory, OnPostgres]
    public void A_check_in_the_server_saved_before_the_connection_went_is_reported_saved(Engine engine)
    {
        (CliResult result, int sessions) = LogThroughCut(engine, afterReply: true);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("Checked in for today: 1 exercise.", result.Out, StringComparison.Ordinal);
        Assert.Equal(1, sessions);
    }

    [Theory, OnPostgres]
    public void A_check_in_whose_commit_never_reached_the_server_is_reported_not_saved(Engine engine)
    {
        (CliResult result, int sessions) = LogThroughCut(engine, afterReply: false);

        Assert.True(result.ExitCode == 4, result.ToString());
        Assert.Equal("The connection to the database was lost while saving the check-in; it was not saved, try again.\n", result.Err);
        Assert.Equal(0, sessions);
    }

    [Theory, OnPostgres]
    public void While_the_server_cannot_be_asked_the_player_is_told_it_is_not_known(Engine engine)
    {
        (CliResult result, int sessions) = LogThroughCut(engine, afterReply: true, refuseAfterCut: true);

        Assert.True(result.ExitCode == 4, result.ToString());
        Assert.Matches("^Lost the connection to PostgreSQL at .+ while it was saving \\(.+\\); whether it was saved is not known until the server answers again\\.\n$", result.Err);
        Assert.DoesNotContain("nothing was saved", result.Err, StringComparison.Ordinal);
        Assert.Equal(1, sessions);
    }
}
