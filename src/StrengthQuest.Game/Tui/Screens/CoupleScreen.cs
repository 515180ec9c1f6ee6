using StrengthQuest.Core;
using StrengthQuest.Services;
using StrengthQuest.Storage;
using StrengthQuest.Tui.Text;
using Terminal.Gui.Input;

namespace StrengthQuest.Tui.Screens;

/// <summary>The duel this week, the crowns, both streaks and the head-to-head history; without a partner, the invite code.</summary>
public sealed class CoupleScreen : Screen
{
    private readonly GameWindow _window;
    private readonly ScreenText _body = new();

    public CoupleScreen(GameSession session, GameWindow window)
        : base(session)
    {
        _window = window;
        Add(_body);
    }

    public override string Heading => "Couple — the duel and the streaks";

    public override IReadOnlyList<Binding> Bindings =>
    [
        new("invite", Key.I, "Invite", "Make an invite code for your partner (it works once)", MakeInvite) { DisabledReason = Partnered },
        new("join-code", Key.J, "Enter code", "Enter your partner's invite code", () => _window.Show(new CodeScreen(Session, _window, CodeScreen.Invite)))
        {
            DisabledReason = Partnered,
        },
    ];

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

    private void MakeInvite()
    {
        try
        {
            Session.Game.Invite(Session.Handle!);
            Refresh();
            _window.Say("Give the code to your partner; it works once.");
        }
        catch (Exception e) when (e is GameDataException or StorageException)
        {
            _window.Say(e.Message);
        }
    }
}
