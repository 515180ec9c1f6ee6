using StrengthQuest.Core;
using StrengthQuest.Core.Players;
using StrengthQuest.Storage;
using StrengthQuest.Tui.Text;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;
using static StrengthQuest.Core.Text.SafeText;

namespace StrengthQuest.Tui.Screens;

/// <summary>One code typed in: a device code (a new key joins its player) or a partner's invite code (the couple forms).</summary>
public sealed class CodeScreen : Screen
{
    public const bool Device = true;
    public const bool Invite = false;

    private readonly bool _device;
    private readonly ScreenText _body = new() { Height = 4 };
    private readonly TextField _code = new() { X = 16, Y = 5, Width = 20, Text = "" };

    public CodeScreen(GameSession session, GameWindow window, bool device)
        : base(session, window)
    {
        _device = device;
        Add(_body, new Label { X = 1, Y = 5, Text = device ? "Device code" : "Invite code", HotKeySpecifier = GameWindow.NoHotKey }, _code);
    }

    public override string Heading => _device ? "I already play — add this key" : "Join your partner";

    public override bool CapturesText => true;

    public TextField Field => _code;

    public static KeyTable<CodeScreen> Table { get; } = new(
        "A code from a partner or another device",
        new KeyRow<CodeScreen>("enter-code", Key.Enter, "Enter", "Device code: add this key to its player; invite code: become a couple with its player", s => s.Submit())
        {
            Essential = true,
        });

    public override IKeyTable Keys => Table;

    /// <summary>A pasted code goes into the field (its first line), never to the game's keys.</summary>
    public override void HandlePaste(string text)
    {
        string line = text.Split('\n', '\r')[0].Trim();
        if (HasControl(line) || line.Length > 32)
        {
            Window.Say("That paste is not a code: a code is a few letters and digits, like ABCD-2345.");
            return;
        }

        _code.InsertText(line);
    }

    public override void Refresh() => _body.Show(SignUpText.Code(_device));

    public override void TakeFocus() => _code.SetFocus();

    private void Submit()
    {
        try
        {
            if (_device)
            {
                Player me = Session.Game.AddDevice(Session.Key!.Fingerprint, _code.Text);
                Session.Choose(me.Handle);
                Window.Home();
                Window.Show(new DashboardScreen(Session, Window), remember: false);
                Window.Say($"This key now plays as {Strip(me.Name)} ({me.Handle}).");
            }
            else
            {
                Player partner = Session.Game.Join(Session.Handle!, _code.Text);
                Session.Reload();
                Window.Back();
                Window.Say($"You and {Strip(partner.Name)} are a couple now.");
            }
        }
        catch (Exception e) when (e is GameDataException or StorageException)
        {
            Window.Say(e.Message);
        }
    }
}
