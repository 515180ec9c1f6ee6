namespace StrengthQuest.Cli.Json;

/// <summary>One of a player's keys in <c>keys --json</c>.</summary>
public sealed record KeyJson(string Fingerprint, string Added, string? LastUsed, bool InUse);

/// <summary>The couples' board in <c>board --json</c>: this week, and the player's couple's rank (null when off the board).</summary>
public sealed record BoardJson(string Week, int? Rank, IReadOnlyList<BoardCoupleJson> Couples);

public sealed record BoardCoupleJson(int Rank, IReadOnlyList<string> Names, int CoopDays, int Xp, bool You);

/// <summary>Where the player's couple stands on the board, in <c>status --json</c>.</summary>
public sealed record BoardPlaceJson(int Rank, int Couples);
