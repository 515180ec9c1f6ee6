using StrengthQuest.Core.History;
using System.Globalization;
using StrengthQuest.Core;
using StrengthQuest.Core.Game;
using StrengthQuest.Services;
using StrengthQuest.Storage;
using Terminal.Gui.Input;

namespace StrengthQuest.Tui.Screens;

/// <summary>A pain-rest day: the pain score, then one transaction. It earns nothing and protects the streaks.</summary>
public sealed class RestScreen : Screen
{
    private readonly GameWindow _window;
    private readonly ScreenText _body = new();
    private string _input = "";

    public RestScreen(GameSession session, GameWindow window)
        : base(session)
    {
        _window = window;
        Add(_body);
    }

    public override string Heading => "Pain-rest day";

    public override IReadOnlyList<Binding> Bindings =>
    [
        new("record", Key.Enter, "Save", "Save the pain-rest day with the pain typed", Save),
    ];

    public override bool HandleKey(Key key)
    {
        if (key == Key.Backspace && _input.Length > 0)
        {
            _input = _input[..^1];
        }
        else if (key.AsRune.Value is >= '0' and <= '9' && _input.Length < 2)
        {
            _input += (char)key.AsRune.Value;
        }
        else
        {
            return false;
        }

        Refresh();
        return true;
    }

    public override void Refresh()
    {
        Core.Catalog.GameRules rules = Session.Game.Catalog.Rules;
        int min = rules.RestDayMinPain;
        _body.Show([
            "Too sore to train today? Resting is part of the plan.",
            $"A pain-rest day (pain {min} or more) earns nothing and keeps your streaks alive",
            $"— at most {rules.ProtectedDaysPerWindow} in any {rules.ProtectedWindowDays} days.",
            "",
            $"How bad is the pain, {min}–{Entry.MaxPain}? > {_input}_",
            "",
            Session.Game.Catalog.PainGuide.Clinician,
        ]);
    }

    private void Save()
    {
        if (!int.TryParse(_input, NumberStyles.None, CultureInfo.InvariantCulture, out int pain) || !Entry.IsValidPain(pain))
        {
            _window.Say($"Type the pain as a whole number from 0 to {Entry.MaxPain}, then Enter.");
            return;
        }

        try
        {
            CheckInSummary summary = Session.CheckIn(new CheckInRequest([], pain, Rest: true));
            _window.Home();
            _window.Show(new SummaryScreen(Session, _window, summary));
        }
        catch (Exception e) when (e is GameDataException or StorageException)
        {
            _window.Say(e.Message);
        }
    }
}
