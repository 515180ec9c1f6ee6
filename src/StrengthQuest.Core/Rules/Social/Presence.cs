using StrengthQuest.Core.Catalog;

namespace StrengthQuest.Core.Rules.Social;

/// <summary>A player is "playing now" while their game has been seen within the presence interval.</summary>
public static class Presence
{
    public static bool IsPlaying(DateTimeOffset? seenAt, DateTimeOffset now, GameRules rules) =>
        seenAt is { } seen && (now - seen).Duration() < TimeSpan.FromSeconds(rules.PresenceSeconds);
}
