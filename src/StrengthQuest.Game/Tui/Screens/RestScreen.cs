using System.Globalization;
using StrengthQuest.Core;
using StrengthQuest.Core.Game;
using StrengthQuest.Core.History;
using StrengthQuest.Services;
using StrengthQuest.Storage;
using StrengthQuest.Tui.CheckIn;
using Terminal.Gui.Input;

namespace StrengthQuest.Tui.Screens;

/// <summary>A pain-rest day: the pain score, then one transaction. It earns nothing and protects the streaks.</summary>
public sealed class RestScreen : Screen
{
    private readonly ScreenText _body = new();
    private readonly Session? _editing;
    private string _input = "";

    public RestScreen(GameSession session, GameWindow window)
        : this(session, window, null)
    {
    }

    private RestScreen(GameSession session, GameWindow window, Session? editing)
        : base(session, window)
    {
        _editing = editing;
        _input = editing?.RestPain?.ToString(CultureInfo.InvariantCulture) ?? "";
        Add(_body);
    }

    /// <summary>A saved pain-rest day to correct: its pain filled in.</summary>
    public static RestScreen Edit(GameSession session, GameWindow window, Session saved) => new(session, window, saved);

    public override string Heading => _editing is null ? "Pain-rest day" : $"Correcting the pain-rest day of {_editing.Day:ddd d MMM}";

    public static KeyTable<RestScreen> Table { get; } = new(
        "Pain-rest day",
        new KeyRow<RestScreen>("record", Key.Enter, "Save", "Save the pain-rest day with the pain typed", s => s.Save()) { Essential = true });

    public override IKeyTable Keys => Table;

    private int MinPain => Session.Game.Catalog.Rules.RestDayMinPain;

    public override bool HandleKey(Key key)
    {
        if (key == Key.Backspace)
        {
            _input = _input.Length > 0 ? _input[..^1] : _input;
        }
        else if (TypedKey.Char(key) is { } typed)
        {
            Type(typed);
        }
        else
        {
            return false;
        }

        Refresh();
        return true;
    }

    public override void HandlePaste(string text)
    {
        string before = _input;
        foreach (char c in text.Trim())
        {
            if (!Type(c))
            {
                _input = before;
                break;
            }
        }

        Refresh();
    }

    /// <summary>Types one character, or says why it is refused.</summary>
    private bool Type(char c)
    {
        if (PainField.Refuse(_input, c, MinPain) is { } refused)
        {
            Window.Say(refused);
            return false;
        }

        _input += c;
        return true;
    }

    public override void Refresh()
    {
        int min = MinPain;
        _body.Show([
            "Too sore to train today? Resting is part of the plan.",
            $"A pain-rest day (pain {min} or more) earns nothing and keeps your streaks alive",
            $"— at most {Session.Game.Catalog.Rules.ProtectedDaysPerWindow} in any {Session.Game.Catalog.Rules.ProtectedWindowDays} days.",
            "",
            $"How bad is the pain, {min}–{Core.History.Entry.MaxPain}? > {_input}_",
            "",
            Session.Game.Catalog.PainGuide.Clinician,
        ]);
    }

    private void Save()
    {
        // Below the minimum, the game says why in its own words (and what to log instead).
        (int? pain, _) = PainField.Read(_input, 0);
        if (pain is null)
        {
            Window.Say($"{PainField.Range(MinPain)}: type it, then Enter.");
            return;
        }

        try
        {
            if (_editing is not null)
            {
                CorrectionSummary corrected = Session.Edit(_editing.Uid, new CheckInRequest([], pain.Value, Rest: true));
                Window.Home();
                Window.Show(new ReportScreen(Session, Window, "Pain-rest day corrected", Cli.Text.CorrectionText.Lines(corrected, Session.Game)));
                return;
            }

            CheckInSummary summary = Session.CheckIn(new CheckInRequest([], pain.Value, Rest: true));
            Window.Home();
            Window.Show(new SummaryScreen(Session, Window, summary));
        }
        catch (Exception e) when (e is GameDataException or StorageException)
        {
            Window.Say(e.Message);
        }
    }
}
