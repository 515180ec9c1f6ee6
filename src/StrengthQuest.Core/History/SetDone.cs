namespace StrengthQuest.Core.History;

/// <summary>One set as done: the amount (reps, seconds or metres, per the level) and an optional load.</summary>
public readonly record struct SetDone(int Amount, decimal? LoadKg = null);
