namespace StrengthQuest.Tui.CheckIn;

/// <summary>A whole-second countdown, ticked by the window's one-second timer.</summary>
public sealed class Countdown(string purpose, int seconds)
{
    public string Purpose { get; } = purpose;

    public int Total { get; } = seconds;

    public int Left { get; private set; } = seconds;

    public bool Done => Left <= 0;

    public int Elapsed => Total - Left;

    /// <summary>One second passes; true when it just reached zero.</summary>
    public bool Tick()
    {
        if (Done)
        {
            return false;
        }

        Left--;
        return Done;
    }

    public override string ToString() => $"{Purpose} {Left / 60}:{Left % 60:00}";
}
