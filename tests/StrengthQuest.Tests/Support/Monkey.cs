using System.Drawing;
using System.Text;
using Microsoft.Data.Sqlite;
using StrengthQuest.Services;
using StrengthQuest.Storage.Database;
using StrengthQuest.Tui;
using StrengthQuest.Tui.Screens;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;

namespace StrengthQuest.Tests.Support;

/// <summary>
/// A monkey for the game: a headless game on a seeded couple, fed a seeded random stream of keys
/// (letters, digits, punctuation, arrows, Enter, Esc, Tab, F-keys, Ctrl and Alt keys), pastes of long
/// text, clicks, window resizes (down to far below 80×24), seconds passing and the partner playing
/// from another process. It fails at once on an exception, a frame with the error line, an entry in
/// the error log, or a database whose integrity check fails. When the game quits, it is started again
/// (as a named player, locked or not, the picker or onboarding) so the stream keeps exploring.
/// Half the keys are ones the current screen binds, so the stream gets deep into every screen.
/// </summary>
public sealed class Monkey : IDisposable
{
    private static readonly Key[] Specials =
    [
        Key.Enter, Key.Enter, Key.Esc, Key.Tab, Key.Tab.WithShift, Key.Backspace, Key.Backspace, Key.Delete,
        Key.CursorUp, Key.CursorDown, Key.CursorLeft, Key.CursorRight, Key.PageUp, Key.PageDown, Key.Home, Key.End,
        Key.InsertChar, Key.DeleteChar, Key.Space,
        Key.F1, Key.F2, Key.F3, Key.F4, Key.F5, Key.F6, Key.F7, Key.F8, Key.F9, Key.F10, Key.F11, Key.F12,
        Key.F5.WithCtrl, Key.F6.WithShift, Key.F10.WithShift, Key.CursorUp.WithShift, Key.End.WithCtrl,
    ];

    private const string Typed = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789000111222333555677899,./-+@;:'\"!?#$%^&*()[]{}<>|\\_=~`";

    private readonly int _seed;
    private readonly Action<string> _say;
    private readonly Random _random;
    private readonly TuiHarness _tui = new("2026-11-24T15:00:00Z");
    private readonly Queue<string> _recent = new();
    private readonly GameDatabase _partnerDatabase;
    private readonly GameService _partner;

    public Monkey(int seed, Action<string> say)
    {
        _seed = seed;
        _say = say;
        _random = new Random(seed);
        Seed(_tui.Game);
        _partnerDatabase = GameDatabase.Open(_tui.DatabasePath);
        _partner = new GameService(_partnerDatabase, _tui.Game.Catalog, _tui.Clock);
        Start();
    }

    /// <summary>Each key table seen current at least once: every screen, and every state of one.</summary>
    public HashSet<string> Visited { get; } = [];

    public int Steps { get; private set; }


    public int Restarts { get; private set; }

    public int TooSmall { get; private set; }

    /// <summary>Alex and Sam with a few days of history: training, a pain-rest day, a high-pain entry, a stale draft.</summary>
    private static void Seed(GameService game)
    {
        Seeds.Couple(game);
        DateOnly today = new(2026, 11, 24);
        game.CheckIn("alex", Seeds.Backfilled(today.AddDays(-3), "tibialis-raise=20,20", "calf-raise=20,20/7"));
        game.CheckIn("sam", Seeds.Backfilled(today.AddDays(-3), "calf-raise=20,20", "patrick-step=20,20"));
        game.CheckIn("alex", Seeds.Backfilled(today.AddDays(-2), "tibialis-raise=20,20@5"));
        game.CheckIn("sam", new CheckInRequest([], 7, today.AddDays(-1), Rest: true));
        game.CheckIn("alex", Seeds.Backfilled(today.AddDays(-1), "backward-walk=300", "atg-split-squat=8,8,8/2"));
        // A check-in Sam started a week ago and never saved: too old to save now, shown until discarded.
        Core.History.Draft stale = new(new DateTimeOffset(2026, 11, 17, 15, 0, 0, TimeSpan.Zero), null, null, [new Core.History.DraftItem("calf-raise", 1, [new Core.History.SetDone(20)], null, false)], 0, false);
        game.SaveDraft("sam", stale, 0);
    }

    public void Run(int steps)
    {
        for (int i = 0; i < steps; i++)
        {
            Steps++;
            string action;
            try
            {
                action = Step();
            }
            catch (Exception e)
            {
                Fail($"threw {e.GetType().Name}: {e.Message}\n{e}");
                throw;
            }

            Remember(action);
            Check();
        }

        Integrity();
    }

    private string Step()
    {
        if (_tui.Quitting)
        {
            _tui.Close();
            Restarts++;
            return Start();
        }

        // A window too small to play in is made larger again soon, as a player would.
        if (_tui.Window.IsTooSmall && _random.Next(4) == 0)
        {
            return Resize();
        }

        // Fields get numbers typed into them often: sets, pain scores, hours.
        if (_tui.Window.Current.Keys == CheckInScreen.Table && _random.Next(5) == 0)
        {
            return Number();
        }

        int roll = _random.Next(1000);
        return roll switch
        {
            < 450 => PressBound(),
            < 780 => PressAny(),
            < 820 => Number(),
            < 850 => Paste(),
            < 865 => TypeFast(),
            < 900 => Resize(),
            < 950 => Wait(),
            < 960 => Later(),
            < 980 => Click(),
            _ => PartnerPlays(),
        };
    }

    /// <summary>Starts the game again the way a player may: named, locked over SSH, the picker, or onboarding.</summary>
    private string Start()
    {
        int mode = _random.Next(7);
        if (mode == 6)
        {
            // A key new to this host: sign up, or claim a player with a device code.
            byte[] key = new byte[32];
            _random.NextBytes(key);
            _tui.OpenWithKey("SHA256:" + Convert.ToBase64String(key).TrimEnd('='));
            return "start a new key";
        }

        string how = mode switch
        {
            0 or 1 => "alex",
            2 => "sam",
            3 => "locked sam",
            4 => "picker",
            _ => "onboarding",
        };
        _tui.Open(
            mode switch { 0 or 1 => "alex", 2 or 3 => "sam", _ => null },
            locked: mode == 3,
            first: mode == 5 ? session => window => new OnboardingScreen(session, window) : null);
        return $"start {how}";
    }

    private string PressBound()
    {
        IReadOnlyList<Binding> bindings = _tui.Window.Bindings;
        if (bindings.Count == 0)
        {
            return PressAny();
        }

        Binding binding = bindings[_random.Next(bindings.Count)];
        // Leaving costs the way back: quit now and then, and go back only every other time.
        if ((binding.Name == "quit" && _random.Next(4) != 0) || (binding.Name == "back" && _random.Next(2) != 0))
        {
            return $"skip {binding.Name}";
        }

        Key key = binding.Row.AlsoKeys.Count > 0 && _random.Next(2) == 0 ? new Key(binding.Row.AlsoKeys[_random.Next(binding.Row.AlsoKeys.Count)]) : binding.Key;
        _tui.Press(key);
        return $"bound {binding.Name} ({key})";
    }

    private string PressAny()
    {
        int kind = _random.Next(100);
        Key key = kind switch
        {
            < 55 => new Key(Typed[_random.Next(Typed.Length)]),
            < 80 => Specials[_random.Next(Specials.Length)],
            < 93 => new Key((char)('a' + _random.Next(26))).WithCtrl,
            _ => new Key((char)('a' + _random.Next(26))).WithAlt,
        };
        _tui.Press(key);
        return $"key {key}";
    }

    /// <summary>A number and Enter: a set, a pain score, an hour — sometimes far too big.</summary>
    private string Number()
    {
        int most = _random.Next(4) switch
        {
            0 => 10,
            1 => 100,
            2 => 2_000,
            _ => 1_000_000,
        };
        string number = _random.Next(most).ToString(System.Globalization.CultureInfo.InvariantCulture);
        _tui.Type(number);
        _tui.Press(Key.Enter);
        return $"number {number} Enter";
    }

    private string Paste()
    {
        string text = Text(_random.Next(1, 400));
        _tui.App.RaisePasteEvent(text);
        _tui.Draw();
        return $"paste {text.Length} chars: {Show(text)}";
    }

    /// <summary>A paste in a terminal without bracketed paste: the characters arrive as keys.</summary>
    private string TypeFast()
    {
        string text = Text(_random.Next(1, 60));
        foreach (System.Text.Rune rune in text.EnumerateRunes())
        {
            // A terminal sends control characters as their keys (Esc, Tab, Enter, Ctrl+…).
            _tui.App.InjectKey(rune.Value < ' ' ? new Key((Terminal.Gui.Drivers.KeyCode)rune.Value) : new Key(rune.Value));
        }

        _tui.Draw();
        return $"typed {Show(text)}";
    }

    private string Text(int length)
    {
        string[] pieces = ["20,20", "20/3", "-1", "2020", "12.5", "@", "Europe/Berlin", "🔥", "界", "\u001b[2J", "\t", "\n", "é", "'; DROP TABLE sessions; --", " ", "x", "7"];
        StringBuilder text = new();
        while (text.Length < length)
        {
            text.Append(_random.Next(3) == 0 ? pieces[_random.Next(pieces.Length)] : Typed[_random.Next(Typed.Length)].ToString());
        }

        return text.ToString();
    }

    private string Resize()
    {
        bool small = _random.Next(3) == 0 && !_tui.Window.IsTooSmall;
        int width = small ? _random.Next(1, 80) : _random.Next(80, 161);
        int height = small ? _random.Next(1, 40) : _random.Next(24, 51);
        _tui.App.Driver!.SetScreenSize(width, height);
        _tui.Draw();
        return $"resize {width}×{height}";
    }

    private string Wait()
    {
        int seconds = _random.Next(1, 8);
        _tui.Wait(seconds);
        return $"wait {seconds} s";
    }

    /// <summary>The game's clock moves on: minutes to a day (a new game day comes now and then).</summary>
    private string Later()
    {
        TimeSpan later = TimeSpan.FromMinutes(_random.Next(1, 60 * 24));
        _tui.Clock.Advance(later);
        _tui.Wait(1);
        return $"clock +{later}";
    }

    private string Click()
    {
        Size size = _tui.App.Screen.Size;
        Point at = new(_random.Next(Math.Max(1, size.Width)), _random.Next(3) == 0 ? _random.Next(Math.Max(1, size.Height)) : size.Height - 1);
        _tui.App.Mouse.RaiseMouseEvent(new Mouse { ScreenPosition = at, Flags = MouseFlags.LeftButtonClicked });
        _tui.Draw();
        return $"click {at.X},{at.Y}";
    }

    /// <summary>The partner, in their own process: checks in, rests, nudges, or is seen playing.</summary>
    private string PartnerPlays()
    {
        string who = _random.Next(2) == 0 ? "sam" : "alex";
        try
        {
            switch (_random.Next(4))
            {
                case 0:
                    _partner.CheckIn(who, Seeds.Entries("calf-raise=20,20", "tibialis-raise=18,20"));
                    break;
                case 1:
                    _partner.CheckIn(who, new CheckInRequest([], 6 + _random.Next(5), Rest: true));
                    break;
                case 2:
                    _partner.Nudge(who);
                    break;
                default:
                    if (_random.Next(2) == 0) _partner.Entered(who); else _partner.Left(who);
                    break;
            }
        }
        catch (Core.GameDataException)
        {
            // Refused as the rules say (a second pain-rest, a nudge too soon): nothing to see here.
        }

        return $"partner {who}";
    }

    private void Check()
    {
        if (_tui.Window is null)
        {
            return;
        }

        if (_tui.Window.IsTooSmall)
        {
            TooSmall++;
        }
        else
        {
            Visited.Add(_tui.Window.Asking is null ? _tui.Window.Current.Keys.Section : GameWindow.QuestionKeys.Section);
        }

        // The error line shows on the message line; the whole frame is read now and then too.
        if (_tui.Window.Message.StartsWith(GameWindow.TroublePrefix, StringComparison.Ordinal)
            || (Steps % 25 == 0 && _tui.Screen.Contains(GameWindow.TroublePrefix, StringComparison.Ordinal)))
        {
            Fail("showed the error line");
        }

        if (_tui.Logged.Length > 0)
        {
            Fail("wrote to the error log");
        }

        if (Steps % 2000 == 0)
        {
            Integrity();
        }
    }

    private void Integrity()
    {
        using SqliteConnection c = new($"Data Source={_tui.DatabasePath};Mode=ReadOnly;Pooling=False");
        c.Open();
        using SqliteCommand command = c.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        string result = (string)command.ExecuteScalar()!;
        if (result != "ok")
        {
            Fail($"database integrity check: {result}");
        }
    }

    private void Remember(string action)
    {

        _recent.Enqueue($"{Steps}: {action}");
        if (_recent.Count > 40)
        {
            _recent.Dequeue();
        }
    }

    private void Fail(string what)
    {
        string report = $"The monkey (seed {_seed}) {what} at step {Steps}.\nLast actions:\n  {string.Join("\n  ", _recent)}\nScreen:\n{_tui.Screen}\nLog:\n{_tui.Logged}";
        _say(report);
        Assert.Fail(report);
    }

    private static string Show(string text)
    {
        string shown = new([.. text.Take(40).Select(c => char.IsControl(c) ? '¿' : c)]);
        return text.Length > 40 ? shown + "…" : shown;
    }

    public void Dispose()
    {
        _partnerDatabase.Dispose();
        _tui.Dispose();
    }
}
