using StrengthQuest.Core.Days;
using StrengthQuest.Core.History;

namespace StrengthQuest.Core.Game;

/// <summary>
/// The moment the rules look at, as each partner's today. Each partner's today comes from the same
/// instant through their own clock (zone and day start), so partners many hours apart can stand on
/// different game days; a day that is not over for one of them is never a miss. Core is handed the
/// clocks as data (<see cref="GameClock"/>) and turns the instant into days itself, so every rule
/// that needs "when" — today, the end of a duel week — comes from one place.
/// </summary>
public sealed record AsOf(DateOnly Me, DateOnly? Partner)
{
    /// <summary>Each partner's game day at <paramref name="instant"/>.</summary>
    public static AsOf At(DateTimeOffset instant, CoupleHistory history) =>
        new(history.Me.Clock.DayOf(instant), history.Partner?.Clock.DayOf(instant));

    /// <summary>Both partners on the same game day: "as of day D" (and the rules' own tests).</summary>
    public static AsOf Day(DateOnly day, CoupleHistory history) => new(day, history.Partner is null ? null : day);

    /// <summary>The earlier of the two todays: every day before it is over for both, settled for the couple.</summary>
    public DateOnly Earliest => Partner is { } p && p < Me ? p : Me;

    /// <summary>The later of the two todays: the last day either partner has reached.</summary>
    public DateOnly Latest => Partner is { } p && p > Me ? p : Me;

    /// <summary>A day is settled for the couple only when it is over for both partners.</summary>
    public bool IsSettled(DateOnly day) => day < Earliest;

    public AsOf Swap() => Partner is { } p ? new AsOf(p, Me) : this;
}
