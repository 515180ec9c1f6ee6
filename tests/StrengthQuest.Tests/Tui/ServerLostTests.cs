using StrengthQuest.Services;
using StrengthQuest.Storage.Database;
using StrengthQuest.Tests.Support;
using StrengthQuest.TestSupport;
using StrengthQuest.Tui.CheckIn;
using StrengthQuest.Tui.Screens;
using StrengthQuest.Tui.Text;

namespace StrengthQuest.Tests.Tui;

/// <summary>
/// The PostgreSQL server goes away under an open game: it says so, keeps the screen and the check-in
/// in progress (a set entered meanwhile too), tries again with growing pauses, and when the server
/// is back says so, listens again, saves what it held and shows what happened meanwhile.
/// </summary>
public class ServerLostTests
{
    [Theory, OnPostgres]
    public void A_game_that_loses_the_server_keeps_the_check_in_and_catches_up_when_it_is_back(Engine engine)
    {
        using TuiHarness tui = TuiHarness.Couple(engine: engine);
        tui.Press("check-in");
        CheckInScreen screen = (CheckInScreen)tui.Window.Current;
        tui.Type("18");
        tui.Press("record");
        while (screen.Draft.Step == DraftStep.Sets)
        {
            tui.Press("record");
        }
        string keptBefore = Text(tui.Game.FindDraft("alex")!.Draft);

        string held;
        PostgresCluster.CutOff(tui.DatabasePath);
        try
        {
            tui.Until("Lost the server, reconnecting");
            Assert.Same(screen, tui.Window.Current);

            // A step entered while away: refused by the server, held on screen, and the screen cannot be left.
            tui.Type("2");
            tui.Press("record");   // the first exercise's pain score
            Assert.Equal(ServerText.DraftHeld, tui.Window.Message);
            held = Text(screen.Draft.ToDraft());
            Assert.NotEqual(keptBefore, held);
            tui.Press("back");
            Assert.Same(screen, tui.Window.Current);
            Assert.StartsWith(ServerText.DraftHeld, tui.Window.Message, StringComparison.Ordinal);
        }
        finally
        {
            PostgresCluster.Reopen(tui.DatabasePath);
        }

        // Meanwhile Sam checked in through another host that reached the server first.
        using (GameDatabase hostB = GameDatabase.Open(tui.DatabasePath))
        {
            new GameService(hostB, tui.Game.Catalog, tui.Clock).CheckIn("sam", Seeds.Entries("calf-raise=20,20"));
        }

        tui.Until(ServerText.Back);
        Assert.Same(screen, tui.Window.Current);
        Assert.Equal(held, Text(tui.Game.FindDraft("alex")!.Draft));
        tui.Press("back");
        tui.Until("Sam trained");
    }

    /// <summary>
    /// The connection goes while the server commits the check-in, and the server cannot be asked at
    /// once whether it was saved: the game says so and keeps the check-in; f once the server answers
    /// finds the draft gone, says the save went through (not that another connection took it) and
    /// saves nothing twice.
    /// </summary>
    [Theory, OnPostgres]
    public void A_save_whose_commit_lost_the_connection_is_reported_saved_once_the_server_answers(Engine engine)
    {
        Assert.Equal(Engine.Postgres, engine);
        string direct = PostgresCluster.NewDatabase();
        using (GameDatabase seeding = GameDatabase.Open(direct))
        {
            Seeds.Couple(new GameService(seeding, Storage.Catalog.CatalogLoader.LoadBuiltIn(), TimeProvider.System));
        }

        using CommitCutter cutter = new(direct, afterReply: true) { RefuseAfterCut = true };
        using TuiHarness tui = TuiHarness.At(cutter.Address).Open("alex");
        tui.Press("check-in");
        tui.Type("18");
        tui.Press("record");
        tui.Press("finish");

        Assert.True(cutter.HasCut, "the relay never saw the check-in's COMMIT");
        Assert.Contains("whether it was saved is not known", tui.Window.Message, StringComparison.Ordinal);
        Assert.IsType<CheckInScreen>(tui.Window.Current);

        // Saving again once the server answers finds the draft taken by the lost commit: nothing twice.
        cutter.RefuseAfterCut = false;
        tui.Press("finish");
        Assert.Equal("That check-in was saved: the server had it before the connection dropped.", tui.Window.Message);
        Assert.IsNotType<CheckInScreen>(tui.Window.Current);
        using GameDatabase check = GameDatabase.Open(direct);
        Core.Players.Player alex = check.Read(s => s.Players.Find("alex"))!;
        Assert.Single(check.Read(s => s.Sessions.For(alex, null))[alex.Id]);
    }

    /// <summary>What a draft holds, as text to compare: each exercise with its sets and pain, and where the check-in is.</summary>
    private static string Text(Core.History.Draft draft) =>
        string.Join(" ", draft.Items.Select(i => $"{i.Ladder}:{i.Level}={string.Join(',', i.Sets.Select(s => s.Amount))}/{i.Pain}")) + $" @{draft.Index}{(draft.AskingPain ? " pain" : "")}";
}
