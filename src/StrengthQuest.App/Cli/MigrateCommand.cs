using System.CommandLine;
using System.Text.Json;
using StrengthQuest.Cli.Json;
using StrengthQuest.Cli.Text;
using StrengthQuest.Core.Catalog;
using StrengthQuest.Hosting;
using StrengthQuest.Services;
using StrengthQuest.Storage.Database;
using StrengthQuest.Storage.Migration;

namespace StrengthQuest.Cli;

/// <summary><c>migrate --to</c>: the game from SQLite to PostgreSQL, or back, checked before it commits.</summary>
internal static class MigrateCommand
{
    public static Command Build(CliRuntime runtime)
    {
        Option<string> to = Options.NotBlank(
            new Option<string>("--to")
            {
                Description = "An empty PostgreSQL database (postgresql://…) for a SQLite game, or a new SQLite file for a PostgreSQL game.",
                HelpName = "URI|PATH",
                Required = true,
            },
            "a postgresql:// address or a new file's path");
        Command migrate = new("migrate", "Copy the game (--db) to the other engine in one transaction, checked before it commits: every table's rows and every player's status.") { to };
        migrate.SetAction(parse => runtime.Guarded(() =>
        {
            string source = runtime.DatabasePath(parse);
            string target = parse.GetValue(to)!;
            (bool fromServer, bool toServer) = (DatabaseLocation.IsServer(source), DatabaseLocation.IsServer(target));
            if (!fromServer && !toServer)
            {
                throw new UsageException("Both are SQLite files: for a copy of this one use strengthquest backup FILE; migrate --to takes a postgresql:// address.");
            }

            if (fromServer && toServer)
            {
                throw new UsageException("Both are PostgreSQL databases: copy one into the other with pg_dump and pg_restore; migrate --to takes a new SQLite file's path.");
            }

            GameCatalog catalog = runtime.Catalog(parse);
            // One instant for both sides, so a day turning over mid-copy cannot tell them apart.
            TimeProvider clock = new FixedClock(runtime.Clock().GetUtcNow());
            MigrationReport report = DatabaseMigration.Copy(source, toServer ? target : Path.GetFullPath(target), database => Statuses(database, catalog, clock));
            foreach (string line in MigrationText.Summary(report))
            {
                runtime.Out.WriteLine(line);
            }

            return ExitCodes.Ok;
        }));
        return migrate;
    }

    /// <summary>Every player's <c>status --json</c>, through the same code as that verb.</summary>
    private static IReadOnlyList<(string Player, string View)> Statuses(GameDatabase database, GameCatalog catalog, TimeProvider clock)
    {
        GameService game = new(database, catalog, clock);
        return [.. game.Players().Select(p => (p.Player.Handle, JsonSerializer.Serialize(JsonViews.FullStatus(game, game.Load(p.Player.Handle)), CliJson.Default.StatusJson)))];
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
