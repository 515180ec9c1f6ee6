using System.Globalization;
using StrengthQuest.Core.History;
using StrengthQuest.Services;
using StrengthQuest.Storage.Catalog;
using StrengthQuest.Storage.Database;

// usage: checkin-driver ADDRESS NOW COUNT ENTRY HANDLE...
// Opens the database as a host does, says "ready", waits for a line on stdin (so two drivers start
// together), then makes COUNT check-ins of ENTRY, one player after the other, and says "done N".
if (args.Length < 5 || !int.TryParse(args[2], CultureInfo.InvariantCulture, out int count))
{
    Console.Error.WriteLine("usage: checkin-driver ADDRESS NOW COUNT ENTRY HANDLE...");
    return 2;
}

DateTimeOffset now = DateTimeOffset.Parse(args[1], CultureInfo.InvariantCulture);
CheckInRequest request = new([EntrySpec.Parse(args[3], out _) ?? throw new ArgumentException($"Not an entry: {args[3]}")]);
string[] players = args[4..];
using GameDatabase database = GameDatabase.Open(args[0]);
GameService game = new(database, CatalogLoader.LoadBuiltIn(), new FixedClock(now));
Console.WriteLine("ready");
Console.Out.Flush();
Console.ReadLine();
for (int i = 0; i < count; i++)
{
    game.CheckIn(players[i % players.Length], request);
}

Console.WriteLine($"done {count}");
return 0;

/// <summary>The clock the test fixes, as STRENGTHQUEST_NOW does for the CLI.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
