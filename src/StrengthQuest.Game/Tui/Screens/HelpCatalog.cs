namespace StrengthQuest.Tui.Screens;

/// <summary>
/// Every key table of the game: each screen's own (and one per state of a screen, such as the discard
/// prompt), the same static data the screens bind and the status bar shows. Help reads them without
/// building a screen or needing a player. A test checks that every screen's tables are here.
/// </summary>
public static class HelpCatalog
{
    public static IReadOnlyList<IKeyTable> Tables { get; } =
    [
        GameWindow.EverywhereKeys,
        GameWindow.QuestionKeys,
        DashboardScreen.Table,
        CheckInScreen.Table,
        CheckInScreen.UnusualTable,
        CheckInScreen.ChoosingTable,
        RestScreen.Table,
        SummaryScreen.Table,
        ReportScreen.Table,
        DraftScreen.Table,
        LaddersScreen.Table,
        HistoryScreen.Table,
        RecapScreen.Table,
        CoupleScreen.Table,
        SettingsScreen.Table,
        BoardScreen.Table,
        NewKeyScreen.Table,
        SignUpScreen.Table,
        CodeScreen.Table,
        HelpScreen.Table,
        PickerScreen.Table,
        OnboardingScreen.Table,
    ];
}
