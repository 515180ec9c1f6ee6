using StrengthQuest.Core.Players;
using StrengthQuest.Storage.Database;

namespace StrengthQuest.Storage.Social;

/// <summary>
/// Tells an open game whether its couple changed since it last looked, at the least cost.
/// On SQLite: PRAGMA data_version (no I/O; moves on any other connection's commit, whoever it
/// concerns) first, and the couple's counter only when that moved. Other couples' writes cost one
/// small read, never a reload.
/// On PostgreSQL: one connection LISTENs on the player's channel, which the couple triggers NOTIFY;
/// asking reads nothing, and <see cref="Woken"/> is raised (on the listener's thread) the moment a
/// change arrives or the server goes away or comes back.
/// </summary>
public sealed class CoupleWatch : IDisposable
{
    private readonly GameDatabase _database;
    private readonly Player _player;
    private readonly TimeProvider? _retries;
    private IDisposable? _listener;
    private long _dataVersion = -1;
    private long _coupleVersion = -1;
    private int _heard;
    private volatile string? _lost;

    /// <param name="retries">The clock the pauses between reconnection attempts run on (PostgreSQL).</param>
    public CoupleWatch(GameDatabase database, Player player, TimeProvider? retries = null)
    {
        _database = database;
        _player = player;
        _retries = retries;
    }

    public Player Player => _player;

    /// <summary>Something to look at: a change of the couple, or the server lost or back. Raised on another thread.</summary>
    public event Action? Woken;

    /// <summary>Why the server is out of reach, while it is (PostgreSQL); null while all is well.</summary>
    public string? Lost => _lost;

    /// <summary>Remembers where things stand; call before loading, so a change during the load shows next time.</summary>
    public void Mark()
    {
        if (_database.OnServer)
        {
            // Listening before anything is loaded: a change committed meanwhile is heard, not missed.
            _listener ??= _database.Listen(_player.Id, Heard, LinkChanged, _retries);
            Interlocked.Exchange(ref _heard, 0);
            return;
        }

        _dataVersion = _database.DataVersion();
        _coupleVersion = _database.Read(store => store.Social.CoupleVersion(_player));
    }

    /// <summary>True when something of the couple changed since <see cref="Mark"/> (then mark again after loading).</summary>
    public bool Changed()
    {
        if (_database.OnServer)
        {
            return _lost is null && Volatile.Read(ref _heard) != 0;
        }

        long dataVersion = _database.DataVersion();
        if (dataVersion == _dataVersion)
        {
            return false;
        }

        _dataVersion = dataVersion;
        return _database.Read(store => store.Social.CoupleVersion(_player)) != _coupleVersion;
    }

    public void Dispose()
    {
        _listener?.Dispose();
        _listener = null;
    }

    private void Heard()
    {
        Interlocked.Exchange(ref _heard, 1);
        Woken?.Invoke();
    }

    /// <summary>Lost, or back: nothing was heard while away, so coming back counts as a change.</summary>
    private void LinkChanged(string? why)
    {
        _lost = why;
        if (why is null)
        {
            Interlocked.Exchange(ref _heard, 1);
        }

        Woken?.Invoke();
    }
}
