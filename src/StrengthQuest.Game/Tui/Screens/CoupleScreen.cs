using StrengthQuest.Core;
using StrengthQuest.Storage;
using StrengthQuest.Tui.Text;
using Terminal.Gui.Input;

namespace StrengthQuest.Tui.Screens;

/// <summary>The duel this week, the crowns, both streaks and the head-to-head history; u unlinks the couple.</summary>
public sealed class CoupleScreen : Screen
{
    private readonly ScreenText _body = new();

    public CoupleScreen(GameSession session, GameWindow window)
        : base(session, window)
    {
        Add(_body);
    }

    public override string Heading => "Couple — the duel and the streaks";

    public static KeyTable<CoupleScreen> Table { get; } = new(
        "Couple",
        new KeyRow<CoupleScreen>("unlink", Key.U, "Unlink", "Unlink: co-op and duel stop, history is kept (asks first)", s => s.AskUnlink())
        {
            DisabledReason = s => s.Session.View?.Partner is null ? "You have no partner linked." : null,
        });

    public override IKeyTable Keys => Table;

    public override void Refresh()
    {
        if (Session.View?.Partner is null)
        {
            _body.Show(["No partner linked: the duel and the co-op streak need two."]);
            return;
        }

        _body.Show(CoupleText.Lines(Session.FullHistory(), 8));
    }

    private void AskUnlink()
    {
        string name = Core.Text.SafeText.Strip(Session.View?.Partner?.Name);
        Window.Ask(new Prompt(
            $"Unlink from {name}? Co-op and duel stop; you both keep all history.",
            "Yes, unlink",
            "No, stay linked",
            () =>
            {
                try
                {
                    Core.Players.Player former = Session.Unlink();
                    Window.Home();
                    Window.Say($"Unlinked from {Core.Text.SafeText.Strip(former.Name)}; all your history is kept.");
                }
                catch (Exception e) when (e is GameDataException or StorageException)
                {
                    Window.Say(e.Message);
                }
            }));
    }
}
