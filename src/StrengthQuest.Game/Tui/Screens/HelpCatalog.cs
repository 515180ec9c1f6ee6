namespace StrengthQuest.Tui.Screens;

/// <summary>Collects every screen's binding table, so help is generated from what the screens really bind.</summary>
public static class HelpCatalog
{
    public static IEnumerable<(string Section, Binding Binding)> All(GameWindow window)
    {
        GameSession session = window.Session;
        List<(string, Binding)> rows = [.. window.Globals(all: true).Select(b => ("Everywhere", b))];
        (string Section, Func<Screen> Make)[] screens =
        [
            ("Dashboard", () => new DashboardScreen(session, window)),
            ("Check-in", () => new CheckInScreen(session, window)),
            ("Pain-rest day", () => new RestScreen(session, window)),
            ("Ladders", () => new LaddersScreen(session, window)),
            ("History", () => new HistoryScreen(session, window)),
            ("Couple", () => new CoupleScreen(session, window)),
            ("Board", () => new BoardScreen(session, window)),
        ];
        foreach ((string section, Func<Screen> make) in screens)
        {
            using Screen screen = make();
            rows.AddRange(screen.Bindings.Select(b => (section, b)));
        }

        return rows;
    }
}
