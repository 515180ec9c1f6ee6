using System.Globalization;
using StrengthQuest.Core.Players;
using StrengthQuest.Hosting;

namespace StrengthQuest.Tui.Screens;

/// <summary>
/// What each onboarding field takes. <c>Refuse</c> sees the text the field would hold after a key or a
/// paste, and says why it cannot (the change is then undone); <c>Check</c> sees the finished field
/// when the player moves on. The rules are Core's; only the sentences are here.
/// </summary>
public sealed record OnboardingField(string Label, Func<string, string?> Refuse, Func<string, string?> Check)
{
    private const int MaxZoneLength = 64;

    public static OnboardingField YourHandle { get; } = new("Your handle (a-z, 0-9, -)", RefuseHandle, text => CheckHandle(text, optional: false));

    public static OnboardingField PartnerHandle { get; } = new("Partner's handle (optional)", RefuseHandle, text => CheckHandle(text, optional: true));

    public static OnboardingField Name(string label) => new(label, RefuseName, DisplayName.Problem);

    public static OnboardingField Zone { get; } = new("Your time zone", RefuseZone, text => TimeZones.TryFind(text.Trim(), out _)
        ? null
        : $"\"{text.Trim()}\" is not a time zone known here; use an IANA name like Europe/Berlin.");

    public static OnboardingField DayStart { get; } = new($"Your day starts at (hour 0-{Player.MaxDayStartHour})", RefuseHour, text => text.Length == 0 ? HourRule : RefuseHour(text));

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

    private static string? RefuseHour(string text) =>
        text.Length == 0 || (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int hour) && Player.IsValidDayStart(hour) && text.Length <= 2)
            ? null
            : HourRule;
}
