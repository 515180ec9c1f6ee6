using Microsoft.Extensions.Time.Testing;
using StrengthQuest.Core.Game;
using StrengthQuest.Services;
using StrengthQuest.Storage.Catalog;
using StrengthQuest.Storage.Database;
using StrengthQuest.Tests.Support;

namespace StrengthQuest.Tests.Cli;

public class LogUseCaseTests
{
    [Fact]
    public void Log_records_and_earns_what_the_screens_check_in_does_without_the_view()
    {
        using TempFolder folder = new();
        FakeTimeProvider clock = new(DateTimeOffset.Parse("2026-11-24T15:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        using GameDatabase screensDb = GameDatabase.Open(folder.File("screens.db"));
        using GameDatabase cliDb = GameDatabase.Open(folder.File("cli.db"));
        GameService screens = new(screensDb, CatalogLoader.LoadBuiltIn(), clock);
        GameService cli = new(cliDb, CatalogLoader.LoadBuiltIn(), clock);
        foreach (GameService game in new[] { screens, cli })
        {
            Seeds.Couple(game);
            game.CheckIn("sam", Seeds.Entries("calf-raise=20,20"));
            game.CheckIn("alex", Seeds.Backfilled(new DateOnly(2026, 11, 23), "tibialis-raise=20,20"));
        }

        CheckInSummary shown = screens.CheckIn("alex", Seeds.Entries("tibialis-raise=20,20", "calf-raise=20,20")).Summary;
        CheckInSummary logged = cli.Log("alex", Seeds.Entries("tibialis-raise=20,20", "calf-raise=20,20"));

        Assert.Equal(shown.Earned, logged.Earned);
        Assert.Equal((shown.LevelBefore, shown.LevelAfter), (logged.LevelBefore, logged.LevelAfter));
        Assert.Equal(shown.Unlocks, logged.Unlocks);
        Assert.Equal(shown.Records, logged.Records);
        Assert.Equal(shown.Achievements, logged.Achievements);
        Assert.Equal(shown.After.Me.Streak, logged.After.Me.Streak);
        Assert.Equal(shown.After.Coop, logged.After.Coop);
        Assert.Equal(shown.Session.Entries.Select(e => (e.Ladder, e.Level, e.Pain)), logged.Session.Entries.Select(e => (e.Ladder, e.Level, e.Pain)));
        Assert.Equal(shown.Session.Entries.SelectMany(e => e.Sets), logged.Session.Entries.SelectMany(e => e.Sets));
        Assert.Equal(screens.Load("alex").State.Me.Xp, cli.Load("alex").State.Me.Xp);
    }
}
