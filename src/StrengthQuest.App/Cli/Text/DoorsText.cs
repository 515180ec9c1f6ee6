using StrengthQuest.Core.Players;
using StrengthQuest.Services;
using StrengthQuest.Storage.Doors;

namespace StrengthQuest.Cli.Text;

/// <summary>What the CLI and the screens say about keys and codes: the same sentences in both.</summary>
public static class DoorsText
{
    /// <summary>"Fri 27 Nov 15:00 Europe/Berlin": when a code stops working, in the player's zone.</summary>
    public static string Until(DateTimeOffset at, Player player)
    {
        TimeZoneInfo zone = Hosting.TimeZones.TryFind(player.TimeZoneId, out TimeZoneInfo found) ? found : TimeZoneInfo.Utc;
        return $"{TimeZoneInfo.ConvertTime(at, zone).ToString("ddd d MMM HH:mm", Humane.English)} {player.TimeZoneId}";
    }

    public static IEnumerable<string> Invite(IssuedCode code, Player me, int validHours)
    {
        yield return $"Invite code: {code.Shown}";
        yield return $"Give it to your partner. It works once, for {validHours} hours (until {Until(code.ExpiresAt, me)}).";
        yield return $"They enter it at sign-up (\"Have an invite code?\"), or if they already play: join {code.Shown}";
    }

    public static IEnumerable<string> DeviceCode(IssuedCode code, Player me, int validMinutes)
    {
        yield return $"Device code: {code.Shown}";
        yield return $"It works once, for {validMinutes} minutes (until {Until(code.ExpiresAt, me)}).";
        yield return "On the new device, connect with ssh -t to this host, choose \"I already play\" and enter it.";
    }

    public static IEnumerable<string> Keys(IReadOnlyList<PlayerKey> keys, string? inUse, DateTimeOffset now)
    {
        if (keys.Count == 0)
        {
            yield return "No keys: this player plays from this machine or through an authorized_keys line, not by key sign-up.";
        }

        foreach (PlayerKey key in keys)
        {
            string used = key.LastUsedAt is { } at ? $"last used {Humane.Ago(at, now)}" : "never used";
            yield return $"{key.Fingerprint}  added {Humane.Ago(key.AddedAt, now)} · {used}{(key.Fingerprint == inUse ? " · this key" : "")}";
        }
    }
}
