using System.Data.Common;
using StrengthQuest.Storage.Database;

namespace StrengthQuest.Storage.Migration;

/// <summary>
/// Copies a game from one engine to the other: a SQLite file into an empty PostgreSQL database, or
/// a PostgreSQL database into a new SQLite file. The source is read in one snapshot (a source behind
/// the schema through its migration, itself untouched); the target is written in one transaction,
/// table by table, a row at a time, and checked before it commits — every table's row count, and
/// the caller's view of every player (the full status) read through the same code on both sides.
/// </summary>
public static class DatabaseMigration
{
    /// <summary>What the check compares: a text per player, computed the same way from either database.</summary>
    public delegate IReadOnlyList<(string Player, string View)> PlayerViews(GameDatabase database);

    public static MigrationReport Copy(string source, string target, PlayerViews views)
    {
        if (!DatabaseLocation.IsServer(source) && !File.Exists(source))
        {
            throw new StorageException($"There is no database at {source}; nothing was copied.");
        }

        using GameDatabase from = GameDatabase.Open(source);
        return from.Read(store =>
        {
            using IMigrationTarget to = DatabaseLocation.IsServer(target) ? PostgresTarget.Open(target) : SqliteTarget.Create(target);
            try
            {
                return Fill(from.Display, store, to, views);
            }
            catch (Exception e) when (to.Describe(e) is { } described)
            {
                throw described;
            }
        });
    }

    private static MigrationReport Fill(string source, StoreContext from, IMigrationTarget to, PlayerViews views)
    {
        IReadOnlyList<(string Player, string View)> before = views(GameDatabase.Within(from, source));
        if (before.Count == 0)
        {
            throw new StorageException($"{source} holds no players; there is nothing to migrate.");
        }

        List<TableRows> copied = [];
        foreach (string table in CopiedTables.InOrder)
        {
            if (table == CopiedTables.Counters)
            {
                Execute(to.Store, $"DELETE FROM {table}");
            }

            using DbCommand select = Command(from, $"SELECT {string.Join(", ", to.Columns(table).Select(c => $"\"{c}\""))} FROM \"{table}\"");
            using DbDataReader rows = select.ExecuteReader();
            copied.Add(new TableRows(table, to.Fill(table, rows)));
        }

        to.Finish();
        foreach (string table in CopiedTables.InOrder)
        {
            (long here, long there) = (Count(from, table), Count(to.Store, table));
            if (here != there)
            {
                throw Mismatch(source, to, $"{table} has {here} rows in the source and {there} in the copy");
            }
        }

        IReadOnlyList<(string Player, string View)> after = views(GameDatabase.Within(to.Store, to.Display));
        if (after.Count != before.Count)
        {
            throw Mismatch(source, to, $"{before.Count} players in the source, {after.Count} in the copy");
        }

        foreach (((string player, string view), (string _, string copy)) in before.Zip(after))
        {
            if (view != copy)
            {
                throw Mismatch(source, to, $"{player}'s status differs");
            }
        }

        to.Commit();
        return new MigrationReport(source, to.Display, copied, before.Count);
    }

    private static StorageException Mismatch(string source, IMigrationTarget to, string what) =>
        new($"The copy of {source} in {to.Display} did not check out ({what}); nothing was written.");

    private static long Count(StoreContext store, string table)
    {
        using DbCommand count = Command(store, $"SELECT count(*) FROM \"{table}\"");
        return Convert.ToInt64(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Execute(StoreContext store, string sql)
    {
        using DbCommand command = Command(store, sql);
        command.ExecuteNonQuery();
    }

    private static DbCommand Command(StoreContext store, string sql)
    {
        DbCommand command = store.Connection.CreateCommand();
        command.Transaction = store.Transaction;
        command.CommandText = sql;
        return command;
    }
}
