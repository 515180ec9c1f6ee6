namespace StrengthQuest.Core.Rules.Streaks;

/// <summary>
/// At most N protected days count in any window of W consecutive days. Days are offered in
/// order; a pain-rest day is protected when fewer than N were protected in the W−1 days before it.
/// </summary>
public sealed class ProtectedWindow(int perWindow, int windowDays)
{
    private readonly Queue<DateOnly> _protectedDays = new();

    public IReadOnlyList<DateOnly> Recent => [.. _protectedDays];

    public bool TryProtect(DateOnly day)
    {
        while (_protectedDays.Count > 0 && _protectedDays.Peek() <= day.AddDays(-windowDays))
        {
            _protectedDays.Dequeue();
        }

        if (_protectedDays.Count >= perWindow)
        {
            return false;
        }

        _protectedDays.Enqueue(day);
        return true;
    }

    public void Restore(IEnumerable<DateOnly> recent)
    {
        _protectedDays.Clear();
        foreach (DateOnly day in recent)
        {
            _protectedDays.Enqueue(day);
        }
    }
}
