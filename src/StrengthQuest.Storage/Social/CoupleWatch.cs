using StrengthQuest.Core.Players;
using StrengthQuest.Storage.Database;

namespace StrengthQuest.Storage.Social;

/// <summary>
/// Tells an open game whether its couple changed since it last looked, at the least cost: PRAGMA
/// data_version (no I/O; moves on any other connection's commit, whoever it concerns) first, and the
/// couple's counter only when that moved. Other couples' writes cost one small read, never a reload.
/// (On PostgreSQL this would be LISTEN on the player's channel, which the same triggers NOTIFY.)
/// </summary>
public sealed class CoupleWatch(GameDatabase database, Player player)
{
    private long _dataVersion = -1;
    private long _coupleVersion = -1;

    public Player Player => player;

    /// <summary>Remembers where things stand; call before loading, so a change during the load shows next time.</summary>
    public void Mark()
    {
        _dataVersion = database.DataVersion();
        _coupleVersion = database.Read(store => store.Social.CoupleVersion(player));
    }

    /// <summary>True when something of the couple changed since <see cref="Mark"/> (then mark again after loading).</summary>
    public bool Changed()
    {
        long dataVersion = database.DataVersion();
        if (dataVersion == _dataVersion)
        {
            return false;
        }

        _dataVersion = dataVersion;
        return database.Read(store => store.Social.CoupleVersion(player)) != _coupleVersion;
    }
}
