using System.Diagnostics;
using System.Globalization;
using StrengthQuest.Tests.Support;
using StrengthQuest.Tui;
using StrengthQuest.Tui.Screens;
using Xunit.Abstractions;

namespace StrengthQuest.Tests.Tui;

/// <summary>
/// The monkey: a seeded random stream of keys, pastes, clicks and resizes across every screen. A short
/// stream runs with the suite; a long one by hand: SQ_MONKEY_KEYS=200000 dotnet test --filter Monkey
/// (SQ_MONKEY_SEED picks another stream; the seed of a failure is in its report).
/// </summary>
public class MonkeyTests(ITestOutputHelper output)
{
    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out int value) ? value : fallback;

    [Fact]
    public void Monkey_keys_pastes_clicks_and_resizes_never_break_the_game_and_reach_every_screen()
    {
        int keys = Setting("SQ_MONKEY_KEYS", 6000);
        int seed = Setting("SQ_MONKEY_SEED", 20261124);
        Stopwatch clock = Stopwatch.StartNew();
        using Monkey monkey = new(seed, output.WriteLine);
        monkey.Run(keys);

        output.WriteLine($"seed {seed}: {monkey.Steps} steps clean in {clock.Elapsed.TotalSeconds:0.0} s, {monkey.Restarts} restarts, {monkey.TooSmall} steps too small; screens: {string.Join(", ", monkey.Visited.Order())}");
        string[] every = [.. HelpCatalog.Tables.Where(t => t != GameWindow.EverywhereKeys).Select(t => t.Section)];
        Assert.Empty(every.Except(monkey.Visited));
    }
}
