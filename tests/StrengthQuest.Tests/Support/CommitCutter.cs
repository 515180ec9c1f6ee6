using System.Net.Sockets;
using System.Text;

namespace StrengthQuest.Tests.Support;

/// <summary>
/// A unix-socket relay in front of a test cluster's PostgreSQL address that loses the connection
/// of the first check-in's COMMIT (the first COMMIT sent after a session's entries were inserted):
/// either after the server answered it (the session is saved, the client never hears so) or before
/// passing it on (the server rolls the transaction back). Every other connection and message is
/// relayed as is; with <see cref="RefuseAfterCut"/>, connections after the cut are closed at once
/// (the server is still away when the client asks again).
/// </summary>
public sealed class CommitCutter : IDisposable
{
    private readonly Socket _listener = new(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
    private readonly string _target;
    private readonly bool _afterReply;
    private readonly TempFolder _folder = new();
    private int _cut;

    public CommitCutter(string address, bool afterReply)
    {
        _afterReply = afterReply;
        string query = address[(address.IndexOf('?', StringComparison.Ordinal) + 1)..];
        Dictionary<string, string> parameters = query.Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        string socketName = $".s.PGSQL.{parameters["port"]}";
        _target = Path.Combine(parameters["host"], socketName);
        _listener.Bind(new UnixDomainSocketEndPoint(Path.Combine(_folder.Path, socketName)));
        _listener.Listen(16);
        Address = address.Replace($"host={parameters["host"]}", $"host={_folder.Path}", StringComparison.Ordinal);
        new Thread(Accept) { IsBackground = true }.Start();
    }

    /// <summary>The same database, reached through the relay.</summary>
    public string Address { get; }

    public bool RefuseAfterCut { get; set; }

    /// <summary>Whether the relay has cut a COMMIT's connection yet.</summary>
    public bool HasCut => Volatile.Read(ref _cut) == 1;

    public void Dispose()
    {
        _listener.Dispose();
        _folder.Dispose();
    }

    private void Accept()
    {
        while (true)
        {
            Socket client;
            try
            {
                client = _listener.Accept();
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException)
            {
                return;
            }

            if (RefuseAfterCut && HasCut)
            {
                client.Dispose();
                continue;
            }

            Socket server = new(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            server.Connect(new UnixDomainSocketEndPoint(_target));
            Pair pair = new(client, server);
            new Thread(() => ToClient(pair)) { IsBackground = true }.Start();
            new Thread(() => ToServer(pair)) { IsBackground = true }.Start();
        }
    }

    /// <summary>Relays the client's messages, watching for the check-in's COMMIT.</summary>
    private void ToServer(Pair pair)
    {
        byte[] buffer = new byte[65536];
        bool inserted = false;
        pair.Run(() =>
        {
            int read;
            while ((read = pair.Client.Receive(buffer)) > 0)
            {
                string text = Encoding.UTF8.GetString(buffer, 0, read);
                inserted |= text.Contains("INSERT INTO entries", StringComparison.Ordinal);
                if (inserted && text.Contains("COMMIT\0", StringComparison.Ordinal) && Interlocked.Exchange(ref _cut, 1) == 0)
                {
                    if (!_afterReply)
                    {
                        return;
                    }

                    // The server commits and answers; the other relay drops the answer and the connection.
                    pair.Cutting = true;
                }

                // After the cut COMMIT the client waits for its answer: the next receive ends with the pair.
                pair.Server.Send(buffer.AsSpan(0, read));
            }
        });
    }

    /// <summary>Relays the server's answers, but none after the cut COMMIT.</summary>
    private static void ToClient(Pair pair)
    {
        byte[] buffer = new byte[65536];
        pair.Run(() =>
        {
            int read;
            while ((read = pair.Server.Receive(buffer)) > 0 && !pair.Cutting)
            {
                pair.Client.Send(buffer.AsSpan(0, read));
            }
        });
    }

    /// <summary>One relayed connection: either side ending (or the cut) closes both.</summary>
    private sealed class Pair(Socket client, Socket server)
    {
        public Socket Client => client;

        public Socket Server => server;

        public volatile bool Cutting;

        public void Run(Action relay)
        {
            try
            {
                relay();
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException)
            {
            }

            client.Dispose();
            server.Dispose();
        }
    }
}
