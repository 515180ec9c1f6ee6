using StrengthQuest.Core.History;
using StrengthQuest.Services;

namespace StrengthQuest.Tests.Support;

/// <summary>Ready-made players and check-ins, written through the game's own service.</summary>
public static class Seeds
{
    public static void Couple(GameService game)
    {
        game.Onboard(new NewPlayer("alex", "Alex", "Europe/Berlin", 4), new NewPlayer("sam", "Sam", "America/New_York", 4));
    }

    public static CheckInRequest Entries(params string[] entries) =>
        new([.. entries.Select(e => EntrySpec.Parse(e, out _)!)]);

    public static CheckInRequest Backfilled(DateOnly day, params string[] entries) => Entries(entries) with { Day = day };
}
