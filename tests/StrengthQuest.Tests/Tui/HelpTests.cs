using System.Reflection;
using StrengthQuest.Tests.Support;
using StrengthQuest.TestSupport;
using StrengthQuest.Tui;
using StrengthQuest.Tui.Screens;

namespace StrengthQuest.Tests.Tui;

/// <summary>Help: every screen's keys, from the screens' own tables, whatever screen it is opened from.</summary>
public class HelpTests
{
    [Fact]
    public void Help_on_the_player_picker_opens_instead_of_crashing()
    {
        using TuiHarness tui = new();
        Seeds.Couple(tui.Game);
        tui.Open();
        Assert.IsType<PickerScreen>(tui.Window.Current);

        tui.Press("help");
        Assert.IsType<HelpScreen>(tui.Window.Current);
        // The picker's own keys come first, then the ones that work everywhere.
        Assert.StartsWith("Who is playing?", tui.Screen.Split('\n')[1].Trim());
        Assert.Contains("Play as the player marked ▸", tui.Screen);
        tui.Press("back");
        Assert.IsType<PickerScreen>(tui.Window.Current);
        Assert.Equal("", tui.Logged);
    }

    /// <summary>The screens of the game, found by reflection, so a new one cannot be forgotten.</summary>
    private static Type[] ScreenTypes() =>
        [.. typeof(Screen).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Screen)) && !t.IsAbstract)];

    private static IKeyTable[] TablesOf(Type screen) =>
        [.. screen.GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => typeof(IKeyTable).IsAssignableFrom(p.PropertyType))
            .Select(p => (IKeyTable)p.GetValue(null)!)];

    [Fact]
    public void Every_screen_and_every_state_of_one_has_its_keys_in_help()
    {
        string help = string.Join("\n", HelpScreen.Lines());
        Type[] screens = ScreenTypes();
        Assert.Contains(typeof(OnboardingScreen), screens);
        Assert.Contains(typeof(SummaryScreen), screens);
        foreach (Type screen in screens)
        {
            IKeyTable[] tables = TablesOf(screen);
            Assert.True(tables.Length > 0, $"{screen.Name} has no key table");
            foreach (IKeyTable table in tables)
            {
                Assert.Contains(table, HelpCatalog.Tables);
                Assert.Contains(table.Section, help);
                Assert.All(table.Rows, row => Assert.Contains($"{row.KeyText,-14} {row.Help}", help));
            }
        }

        // Every yes/no question (discard, undo, delete, unlink, quit) and the check on an unusual set are sections of their own.
        Assert.Contains("Any yes/no question", help);
        Assert.Contains("Check-in: a set far above the target", help);
        Assert.All(TablesOf(typeof(GameWindow)), table => Assert.Contains(table, HelpCatalog.Tables));
        Assert.Contains(GameWindow.QuestionKeys, HelpCatalog.Tables);
        Assert.Contains(GameWindow.EverywhereKeys, HelpCatalog.Tables);
        Assert.Equal(HelpCatalog.Tables.Count, HelpCatalog.Tables.Distinct().Count());
    }

    [Theory, OnSqlite, OnPostgres]
    public void Each_screen_shows_the_bindings_of_its_table_and_no_other(Engine engine)
    {
        using TuiHarness tui = TuiHarness.Couple(engine: engine);
        foreach (string key in new[] { "check-in", "back", "ladders", "back", "history", "back", "couple", "back", "pain-rest", "back", "help" })
        {
            tui.Press(key);
            Screen screen = tui.Window.Current;
            KeyRow[] rows = [.. screen.Keys.Rows];
            Assert.All(screen.Bindings, b => Assert.Contains(b.Row, rows));
        }
    }

    [Fact]
    public void Help_fits_the_narrowest_window_and_scrolls_to_its_last_line()
    {
        using TuiHarness tui = TuiHarness.Couple();
        tui.Press("help");
        for (int i = 0; i < 30; i++)
        {
            tui.Press("scroll-down");
        }

        Assert.Contains("no mouse needed", tui.Screen);
        Assert.All(tui.Screen.Split('\n'), row => Assert.True(row.TrimEnd().Length <= 80, row));
    }

    [Fact]
    public void A_help_too_long_for_its_row_goes_on_under_the_help_column()
    {
        using TuiHarness tui = TuiHarness.Couple();
        tui.Press("help");
        string[] rows = tui.Screen.Split('\n');
        int first = Array.FindIndex(rows, r => r.Contains("A pain-rest day, when it hurts too much to train:", StringComparison.Ordinal));
        Assert.True(first >= 0, tui.Screen);
        Assert.Equal(rows[first].IndexOf("A pain-rest", StringComparison.Ordinal), rows[first + 1].Length - rows[first + 1].TrimStart().Length);
    }
}
