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
    private readonly Session? _editing;
    private string _input = "";

    public RestScreen(GameSession session, GameWindow window)
        : this(session, window, null)
    {
    }

    private RestScreen(GameSession session, GameWindow window, Session? editing)
        : base(session)
    {
        _window = window;
        _editing = editing;
        _input = editing?.RestPain?.ToString(CultureInfo.InvariantCulture) ?? "";
        Add(_body);
    }

    /// <summary>A saved pain-rest day to correct: its pain filled in.</summary>
    public static RestScreen Edit(GameSession session, GameWindow window, Session saved) => new(session, window, saved);

    public override string Heading => _editing is null ? "Pain-rest day" : $"Correcting the pain-rest day of {_editing.Day:ddd d MMM}";

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
            if (_editing is not null)
            {
                CorrectionSummary corrected = Session.Edit(_editing.Uid, new CheckInRequest([], pain, Rest: true));
                _window.Home();
                _window.Show(new ReportScreen(Session, _window, "Pain-rest day corrected", Cli.Text.CorrectionText.Lines(corrected, Session.Game)));
                return;
            }

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
