using StrengthQuest.Tui.Text;

namespace StrengthQuest.Tui.Screens;

/// <summary>The duel this week, the crowns, both streaks and the head-to-head history.</summary>
public sealed class CoupleScreen : Screen
{
    private readonly ScreenText _body = new();

    public CoupleScreen(GameSession session, GameWindow window)
        : base(session, window)
    {
        Add(_body);
    }

    public override string Heading => "Couple — the duel and the streaks";

    /// <summary>Nothing to press here but the keys that work everywhere.</summary>
    public static KeyTable<CoupleScreen> Table { get; } = new("Couple");

    public override IKeyTable Keys => Table;

    public override void Refresh() => _body.Show(CoupleText.Lines(Session.FullHistory(), 8));
}
