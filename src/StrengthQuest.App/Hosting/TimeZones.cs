using StrengthQuest.Core;

namespace StrengthQuest.Hosting;

/// <summary>IANA time zones: the machine's default, and lookups that fail with one clear sentence.</summary>
public static class TimeZones
{
    public static string MachineDefault()
    {
        string id = TimeZoneInfo.Local.Id;
        return TryFind(id, out _) ? id : "UTC";
    }

    public static bool TryFind(string id, out TimeZoneInfo zone)
    {
        // "localtime" is whatever this machine is set to today: a player's game days must not move with it.
        if (id.Equals("localtime", StringComparison.OrdinalIgnoreCase))
        {
            zone = TimeZoneInfo.Utc;
            return false;
        }

        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            zone = TimeZoneInfo.Utc;
            return false;
        }
    }

    public static TimeZoneInfo Find(string id) =>
        TryFind(id, out TimeZoneInfo zone)
            ? zone
            : throw new GameDataException($"\"{id}\" is not a time zone known here; use an IANA name like Europe/Berlin or America/New_York.");
}
