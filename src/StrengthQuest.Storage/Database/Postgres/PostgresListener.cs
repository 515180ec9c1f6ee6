using Npgsql;

namespace StrengthQuest.Storage.Database.Postgres;

/// <summary>
/// One connection that LISTENs on a player's channel (the couple triggers NOTIFY every member of
/// the couple a change concerns, so the player's own channel carries the partner's changes too) and
/// waits in Npgsql's WaitAsync: idle, it sends nothing and the process does not wake. When the
/// connection fails it says so, tries again with a growing pause, and when it is back says so too.
/// Every call back comes on the listener's own task.
/// </summary>
internal sealed class PostgresListener : IDisposable
{
    /// <summary>The first pause before connecting again after the server went away; each failure doubles it.</summary>
    public static readonly TimeSpan FirstRetry = TimeSpan.FromMilliseconds(250);

    /// <summary>The longest pause between attempts: a server that is back is seen within this.</summary>
    public static readonly TimeSpan LongestRetry = TimeSpan.FromSeconds(4);

    private readonly PostgresDatabase _database;
    private readonly string _channel;
    private readonly Action<int> _notified;
    private readonly Action<string?> _linkChanged;
    private readonly TimeProvider _time;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private int _disposed;

    /// <param name="notified">A notification arrived, with the notifying backend's process id.</param>
    /// <param name="linkChanged">The link went away (with one sentence why) or came back (null); nothing may have been heard meanwhile.</param>
    public PostgresListener(PostgresDatabase database, string channel, Action<int> notified, Action<string?> linkChanged, TimeProvider time)
    {
        _database = database;
        _channel = channel;
        _notified = notified;
        _linkChanged = linkChanged;
        _time = time;
        TaskCompletionSource listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
        _loop = Task.Run(() => Run(listening));

        // The first LISTEN is in place before the caller reads what it will be woken about
        // (or the first attempt failed, and the caller hears that the server is away).
        listening.Task.Wait(TimeSpan.FromSeconds(30));
    }

    /// <summary>The channel a player's games listen on (the triggers' pg_notify names it the same way).</summary>
    public static string ChannelOf(long playerId) => "strengthquest_player_" + playerId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _stop.Cancel();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(2));
        }
        catch (AggregateException)
        {
            // Stopping: whatever the wait ended with no longer matters.
        }

        _stop.Dispose();
    }

    private async Task Run(TaskCompletionSource listening)
    {
        TimeSpan pause = FirstRetry;
        bool lost = false;
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                await using NpgsqlConnection connection = await _database.OpenListening(_stop.Token).ConfigureAwait(false);
                connection.Notification += (_, e) => _notified(e.PID);
                await using (NpgsqlCommand listen = new($"LISTEN {_channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(_stop.Token).ConfigureAwait(false);
                }

                pause = FirstRetry;
                if (lost)
                {
                    lost = false;
                    _database.ForgetConnections();
                    _linkChanged(null);
                }

                listening.TrySetResult();
                while (true)
                {
                    await connection.WaitAsync(_stop.Token).ConfigureAwait(false);
                }
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;   // stopping: however the wait ended
            }
            catch (Exception e) when (e is NpgsqlException or IOException or TimeoutException or InvalidOperationException)
            {
                if (!lost)
                {
                    lost = true;
                    _database.ForgetConnections();
                    _linkChanged(e is NpgsqlException npgsql ? PostgresErrors.Describe(npgsql, _database.Display).Message : e.Message);
                }

                listening.TrySetResult();
            }

            try
            {
                await Task.Delay(pause, _time, _stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            pause = pause * 2 < LongestRetry ? pause * 2 : LongestRetry;
        }
    }
}
