namespace StrengthQuest.Storage.Players;

/// <summary>Rows of one or two players read in one query, sorted into a list per player (empty when they have none).</summary>
internal static class ByPlayer
{
    public static Dictionary<long, List<T>> Group<TRow, T>(IEnumerable<TRow> rows, long first, long? second, Func<TRow, long> playerOf, Func<TRow, T?> toValue)
        where T : class
    {
        Dictionary<long, List<T>> byPlayer = Empty<T>(first, second);
        foreach (TRow row in rows)
        {
            if (toValue(row) is { } value && byPlayer.TryGetValue(playerOf(row), out List<T>? list))
            {
                list.Add(value);
            }
        }

        return byPlayer;
    }

    /// <summary>An empty list for each of the players, to be filled.</summary>
    public static Dictionary<long, List<T>> Empty<T>(long first, long? second)
    {
        Dictionary<long, List<T>> byPlayer = new() { [first] = [] };
        if (second is { } other)
        {
            byPlayer[other] = [];
        }

        return byPlayer;
    }
}
