namespace StrengthQuest.TestSupport;

/// <summary>Waits for something to become true by looking again until a deadline — never a fixed sleep.</summary>
public static class Poll
{
    public static void Until(Func<bool> condition, Func<string> failure, double seconds = 20)
    {
        DateTime deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, failure());
            Thread.Yield();
        }
    }
}
