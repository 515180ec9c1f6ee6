using StrengthQuest.Core.Catalog;
using StrengthQuest.Core.History;
using StrengthQuest.Core.Players;
using StrengthQuest.Storage.Catalog;

namespace StrengthQuest.Core.Tests.Support;

/// <summary>The shipped catalog and two players in different time zones.</summary>
internal static class Fixtures
{
    public static readonly GameCatalog Shipped = CatalogLoader.LoadBuiltIn();

    public static readonly Player Alex = new(1, "alex", "Alex", "Europe/Berlin", 4);

    public static readonly Player Sam = new(2, "sam", "Sam", "America/New_York", 4);

    public static DateOnly D(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Builds a player's history from entries written in the CLI grammar (with explicit levels).</summary>
internal sealed class HistoryBuilder(Player player)
{
    private readonly List<Session> _sessions = [];
    private int _sequence;

    public HistoryBuilder Train(DateOnly day, params string[] entries)
    {
        List<Entry> parsed = [];
        foreach (string text in entries)
        {
            EntrySpec spec = EntrySpec.Parse(text, out string? problem) ?? throw new ArgumentException(problem);
            parsed.Add(new Entry(spec.Ladder, spec.Level ?? 1, spec.Sets, spec.Pain ?? 0));
        }

        return Add(day, parsed, null);
    }

    /// <summary>Trains every day in [first, last] with the same entries.</summary>
    public HistoryBuilder TrainDays(DateOnly first, DateOnly last, params string[] entries)
    {
        for (DateOnly day = first; day <= last; day = day.AddDays(1))
        {
            Train(day, entries);
        }

        return this;
    }

    public HistoryBuilder Rest(DateOnly day, int pain = 7) => Add(day, [], pain);

    public PlayerHistory Build() => PlayerHistory.Ordered(player, _sessions);

    private HistoryBuilder Add(DateOnly day, List<Entry> entries, int? restPain)
    {
        DateTimeOffset at = new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero).AddSeconds(_sequence++);
        _sessions.Add(new Session($"{player.Handle}-{_sequence}", day, at, false, entries, restPain));
        return this;
    }
}
