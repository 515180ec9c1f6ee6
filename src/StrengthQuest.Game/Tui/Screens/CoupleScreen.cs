using StrengthQuest.Core;
using StrengthQuest.Services;
using StrengthQuest.Storage;
using StrengthQuest.Tui.Text;
using Terminal.Gui.Input;

namespace StrengthQuest.Tui.Screens;

/// <summary>The duel this week, the crowns, both streaks and the head-to-head history; u unlinks the couple; without a partner, invite codes.</summary>
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
            InStatusBar = s => s.Session.View?.Partner is not null,
        },
        new KeyRow<CoupleScreen>("invite", Key.I, "Invite", "Make an invite code for your partner (it works once)", s => s.MakeInvite())
        {
            DisabledReason = s => s.Partnered(),
            InStatusBar = s => s.Session.View?.Partner is null,
        },
        new KeyRow<CoupleScreen>("join-code", Key.J, "Enter code", "Enter your partner's invite code", s => s.Window.Show(new CodeScreen(s.Session, s.Window, CodeScreen.Invite)))
        {
            DisabledReason = s => s.Partnered(),
            InStatusBar = s => s.Session.View?.Partner is null,
        });

    public override IKeyTable Keys => Table;

    private string? Partnered() => Session.View?.Partner is { } partner ? $"You already play with {Core.Text.SafeText.Strip(partner.Name)}." : null;

    public override void Refresh()
    {
        if (Session.View?.Partner is null)
        {
            IssuedCode? pending = Session.Game.PendingInvite(Session.Handle!);
            _body.Show(CoupleText.Unpaired(pending, Session.Me, Session.Game.Catalog.Rules.Host.InviteValidHours));
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

    private void MakeInvite()
    {
        try
        {
            Session.Game.Invite(Session.Handle!);
            Refresh();
            Window.Say("Give the code to your partner; it works once.");
        }
        catch (Exception e) when (e is GameDataException or StorageException)
        {
            Window.Say(e.Message);
        }
    }
}
