namespace StrengthQuest.Storage.Migration;

/// <summary>What a migration copies, and in which order.</summary>
internal static class CopiedTables
{
    /// <summary>
    /// Parents before the rows that point at them (players first, sessions before entries), and
    /// couple_changes last: the triggers move the change counters while the rows go in, and the
    /// source's own counters then replace whatever they wrote, so every open game's "what did I last
    /// see" stays comparable.
    /// </summary>
    public static readonly IReadOnlyList<string> InOrder =
    [
        "players", "couples", "sessions", "entries", "nudges", "presence", "plans", "notifications", "drafts",
        "earlier_clocks", "player_keys", "access_codes", "wrong_codes", "board_members", "couple_changes",
    ];

    /// <summary>
    /// The fold snapshots are a cache (deleting them changes no result): not copied. The check then
    /// replays every player's whole history on the copy — a harder test of it than a copied snapshot
    /// — and the first status on the new database keeps a snapshot again.
    /// </summary>
    public const string Cache = "fold_cache";

    /// <summary>The counters the triggers keep; replaced by the source's after every other row is in.</summary>
    public const string Counters = "couple_changes";
}
