using System.Globalization;
using StrengthQuest.Core.Players;
using StrengthQuest.Hosting;

namespace StrengthQuest.Tui.Screens;

/// <summary>
/// What a field of a form (onboarding, settings) takes. <c>Refuse</c> sees the text the field would
/// hold after a key or a paste, and says why it cannot (the change is then undone); <c>Check</c> sees
/// the finished field when the player moves on. The rules are Core's; only the sentences are here.
/// </summary>
public sealed record FormField(string Label, Func<string, string?> Refuse, Func<string, string?> Check)
{
    private const int MaxZoneLength = 64;
    private const int MaxCodeLength = 32;
    private static readonly int MaxPlanLength = TrainingPlan.Daily.ToString().Length + 6; // every weekday, with spaces after the commas

    public static FormField YourHandle { get; } = new("Your handle (a-z, 0-9, -)", RefuseHandle, text => CheckHandle(text, optional: false));

    public static FormField PartnerHandle { get; } = new("Partner's handle (optional)", RefuseHandle, text => CheckHandle(text, optional: true));

    public static FormField Name(string label) => new(label, RefuseName, DisplayName.Problem);

    /// <summary>A time zone; an optional one may be left empty (it then means someone else's).</summary>
    public static FormField Zone(string label, bool optional = false) => new(label, RefuseZone, text =>
        optional && text.Trim().Length == 0 ? null
        : TimeZones.TryFind(text.Trim(), out _) ? null
        : $"\"{text.Trim()}\" is not a time zone known here; use an IANA name like Europe/Berlin.");

    public static FormField DayStart(string label, bool optional = false) =>
        new(label, RefuseHour, text => text.Length == 0 ? (optional ? null : HourRule) : RefuseHour(text));

    /// <summary>Training days: a preset (3, 4, 5, daily) or weekdays like mon,wed,fri.</summary>
    public static FormField Plan(string label, bool optional = false) => new(label, RefusePlan, text =>
        optional && text.Trim().Length == 0 ? null
        : TrainingPlan.Parse(text, out string? problem) is null ? problem ?? $"Say which days you train: {PlanChoices}."
        : null);

    /// <summary>A reminder time (HH:MM) or "off"; empty means none.</summary>
    public static FormField Remind(string label) => new(label, RefuseRemind, text =>
        text.Trim().Length == 0 || Reminder.TryParseTime(text, out _, out _) ? null
        : $"\"{text.Trim()}\" is not a reminder time: give a local time like 18:30, or off.");

    /// <summary>The address the host's notify command understands (empty: none).</summary>
    public static FormField NotifyTo(string label) => new(label, text => Reminder.NotifyToProblem(text), text => Reminder.NotifyToProblem(text));

    /// <summary>A code passed on by hand (an invite); empty means none.</summary>
    public static FormField Code(string label) => new(label, RefuseCode, RefuseCode);

    private static string? RefuseCode(string text) =>
        text.Length > MaxCodeLength || text.Any(c => !char.IsAsciiLetterOrDigit(c) && c is not ('-' or ' '))
            ? "A code is a few letters and digits, like ABCD-2345."
            : null;

    private static string PlanChoices => $"{string.Join(", ", TrainingPlan.Presets.Select(p => p.Name))} or weekdays like mon,wed,fri";

    private static string HourRule => $"The day-start hour is a whole number from 0 to {Player.MaxDayStartHour}.";

    private static string? RefuseHandle(string text) =>
        text.Length == 0 || Handle.IsValid(text) ? null
        : !char.IsAsciiLetterLower(text[0]) ? "A handle starts with a lower-case letter (a-z)."
        : text.Any(c => !char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c) && c != '-') ? "A handle takes lower-case letters, digits and dashes only."
        : $"A handle is at most {Handle.MaxLength} characters.";

    private static string? CheckHandle(string text, bool optional) =>
        text.Length == 0 ? (optional ? null : "Type your handle: it is how the game and your partner know you.")
        : RefuseHandle(text);

    private static string? RefuseName(string text)
    {
        if (Core.Text.SafeText.HasControl(text))
        {
            return "A display name cannot contain control characters or escape sequences.";
        }

        int length = new StringInfo(text).LengthInTextElements;
        return length > DisplayName.MaxLength ? $"A display name can be at most {DisplayName.MaxLength} characters." : null;
    }

    private static string? RefuseZone(string text) =>
        text.Length > MaxZoneLength ? $"A time zone name is at most {MaxZoneLength} characters, like Europe/Berlin."
        : text.Any(c => !char.IsAsciiLetterOrDigit(c) && c is not ('/' or '_' or '-' or '+')) ? "A time zone is an IANA name, like Europe/Berlin or America/New_York."
        : null;

    private static string? RefusePlan(string text) =>
        text.Length > MaxPlanLength ? $"Training days are {PlanChoices}."
        : text.Any(c => !char.IsAsciiLetter(c) && !char.IsAsciiDigit(c) && c is not (',' or ' ')) ? $"Training days are {PlanChoices}."
        : null;

    private static string? RefuseRemind(string text) =>
        text.Length > "HH:MM".Length || text.Any(c => !char.IsAsciiDigit(c) && c != ':' && !"offOFF".Contains(c)) ? "A reminder is a local time like 18:30, or off." : null;

    private static string? RefuseHour(string text) =>
        text.Length == 0 || (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int hour) && Player.IsValidDayStart(hour) && text.Length <= 2)
            ? null
            : HourRule;
}
