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
    private static readonly string[] Log = ["log", "--player", "alex", "tibialis-raise=20,20"];

    /// <summary>How many sessions the database holds (only alex checks in here).</summary>
    private static int Sessions(Support.Cli cli) => Json.Parse(cli.Run("export")).GetProperty("sessions").GetArrayLength();

    [Theory, OnPostgres]
    public void A_check_in_the_server_saved_before_the_connection_went_is_reported_saved(Engine engine)
    {
        using Support.Cli cli = Support.Cli.Couple(engine: engine);
        string direct = cli.Database;
        using CommitCutter cutter = new(direct, afterReply: true);
        cli.Database = cutter.Address;

        CliResult result = cli.Run(Log);

        Assert.True(cutter.HasCut, "the relay never saw the check-in's COMMIT");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("Checked in for today: 1 exercise.", result.Out, StringComparison.Ordinal);
        cli.Database = direct;
        Assert.Equal(1, Sessions(cli));
    }

    [Theory, OnPostgres]
    public void A_check_in_whose_commit_never_reached_the_server_is_reported_not_saved(Engine engine)
    {
        using Support.Cli cli = Support.Cli.Couple(engine: engine);
        string direct = cli.Database;
        using CommitCutter cutter = new(direct, afterReply: false);
        cli.Database = cutter.Address;

        CliResult result = cli.Run(Log);

        Assert.True(cutter.HasCut, "the relay never saw the check-in's COMMIT");
        Assert.True(result.ExitCode == 4, result.ToString());
        Assert.Equal("The connection to the database was lost while saving the check-in; it was not saved, try again.\n", result.Err);
        cli.Database = direct;
        Assert.Equal(0, Sessions(cli));
    }

    [Theory, OnPostgres]
    public void While_the_server_cannot_be_asked_the_player_is_told_it_is_not_known(Engine engine)
    {
        using Support.Cli cli = Support.Cli.Couple(engine: engine);
        string direct = cli.Database;
        using CommitCutter cutter = new(direct, afterReply: true) { RefuseAfterCut = true };
        cli.Database = cutter.Address;

        CliResult result = cli.Run(Log);

        Assert.True(result.ExitCode == 4, result.ToString());
        Assert.Matches("^Lost the connection to PostgreSQL at .+ while it was saving \\(.+\\); whether it was saved is not known until the server answers again\\.\n$", result.Err);
        Assert.DoesNotContain("nothing was saved", result.Err, StringComparison.Ordinal);
        cli.Database = direct;
        Assert.Equal(1, Sessions(cli));
    }
}
