using System.Diagnostics;
using StrengthQuest.Services;
using StrengthQuest.Storage.Database;
using StrengthQuest.Tests.Support;
using StrengthQuest.TestSupport;

namespace StrengthQuest.Tests.EndToEnd;

/// <summary>
/// Two SSH front ends on one PostgreSQL: each "host" is a process of its own with its own
/// connections. 2 × 500 check-ins for one couple at once lose none and pass no daily XP cap; a game
/// on each host sees the other host's check-ins within 2 s.
/// </summary>
public class TwoHostTests
{
    private const string Now = "2026-11-24T15:00:00Z";
    private const string Entry = "calf-raise:1=20,20";
    private static readonly string Driver = Path.Combine(AppContext.BaseDirectory, "checkin-driver");

    /// <summary>
    /// The driver makes its check-ins through the real game service over its own connections (500
    /// starts of the CLI per host would take minutes); both start on one signal.
    /// </summary>
    [Theory, OnPostgres]
    public void Two_hosts_making_500_check_ins_each_for_one_couple_at_once_lose_none_and_keep_the_daily_cap(Engine engine)
    {
        using Support.Cli cli = Support.Cli.Couple(Now, engine: engine);
        Process[] hosts = [Start(cli.Database, "alex", "sam"), Start(cli.Database, "sam", "alex")];
        try
        {
            foreach (Process host in hosts)
            {
                Assert.Equal("ready", host.StandardOutput.ReadLine());
            }

            foreach (Process host in hosts)
            {
                host.StandardInput.WriteLine("go");
                host.StandardInput.Flush();
            }

            foreach (Process host in hosts)
            {
                Assert.True(host.WaitForExit(120_000), "a host did not finish its check-ins within 2 minutes");
                Assert.True(host.ExitCode == 0, host.StandardError.ReadToEnd());
                Assert.Equal("done 500", host.StandardOutput.ReadLine());
            }
        }
        finally
        {
            foreach (Process host in hosts)
            {
                if (!host.HasExited)
                {
                    host.Kill();
                }

                host.Dispose();
            }
        }

        Assert.Equal(1000L, Sqlite.Scalar<long>(cli.Database, "SELECT count(*) FROM sessions"));
        Assert.Equal(500L, Sqlite.Scalar<long>(cli.Database, "SELECT count(*) FROM sessions s JOIN players p ON p.id = s.player_id WHERE p.handle = 'alex'"));

        // What the rules say for that history: the same day with two check-ins each (only two a day
        // earn), made one after the other on SQLite.
        using Support.Cli reference = Support.Cli.Couple(Now);
        foreach (string player in new[] { "alex", "sam", "alex", "sam" })
        {
            Assert.Equal(0, reference.Run("log", "--player", player, Entry).ExitCode);
        }

        foreach (string player in new[] { "alex", "sam" })
        {
            System.Text.Json.JsonElement onServer = Json.Parse(cli.Run("status", "--player", player, "--json"));
            System.Text.Json.JsonElement expected = Json.Parse(reference.Run("status", "--player", player, "--json"));
            Assert.Equal(expected.GetProperty("xp").GetInt32(), onServer.GetProperty("xp").GetInt32());
            Assert.Equal(expected.GetProperty("level").GetInt32(), onServer.GetProperty("level").GetInt32());
            Assert.Equal(expected.GetProperty("coop").GetRawText(), onServer.GetProperty("coop").GetRawText());
        }
    }

    [Theory, OnPostgres]
    public void A_game_on_each_host_sees_the_other_hosts_check_ins_within_two_seconds(Engine engine)
    {
        using TuiHarness alexOnA = TuiHarness.Couple(Now, engine);
        using TuiHarness samOnB = alexOnA.Connect();
        samOnB.Open("sam");

        alexOnA.Session.CheckIn(Seeds.Entries(Entry));
        TimeSpan toB = samOnB.Until("Alex trained");

        samOnB.Session.CheckIn(Seeds.Entries(Entry));
        TimeSpan toA = alexOnA.Until("Sam trained");

        Assert.True(toA < TimeSpan.FromSeconds(2) && toB < TimeSpan.FromSeconds(2), $"A→B {toB}, B→A {toA}");
    }

    private static Process Start(string database, params string[] players)
    {
        ProcessStartInfo info = new(Driver)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in new[] { database, Now, "500", Entry }.Concat(players))
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info)!;
    }
}
