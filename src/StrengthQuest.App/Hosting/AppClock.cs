using System.Globalization;

namespace StrengthQuest.Hosting;

/// <summary>
/// The clock: the system's, or — when STRENGTHQUEST_NOW holds an ISO-8601 instant — one that
/// starts at that instant and runs on from there, so demos and tests see a fixed day while
/// timers still tick.
/// </summary>
public static class AppClock
{
    public const string EnvironmentVariable = "STRENGTHQUEST_NOW";

    public static TimeProvider From(Func<string, string?> environment)
    {
        string? text = environment(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(text))
        {
            return TimeProvider.System;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset start)
            ? new StartingAt(start)
            : throw new UsageException($"{EnvironmentVariable}=\"{text}\" is not an ISO-8601 instant like 2026-11-24T07:30:00Z.");
    }

    private sealed class StartingAt(DateTimeOffset start) : TimeProvider
    {
        private readonly long _origin = System.GetTimestamp();

        public override DateTimeOffset GetUtcNow() => start.ToUniversalTime() + System.GetElapsedTime(_origin);
    }
}
