namespace StrengthQuest.Core;

/// <summary>Input breaks the game's rules (an unknown player or ladder, a locked level, a day out of reach); nothing is written.</summary>
public sealed class GameDataException(string message) : Exception(message);
