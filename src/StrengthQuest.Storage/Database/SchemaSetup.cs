using Dapper;
using Microsoft.Data.Sqlite;

namespace StrengthQuest.Storage.Database;

/// <summary>What a file is (ours, blank, foreign, newer) and how it is brought up to the current schema.</summary>
internal static class SchemaSetup
{
    /// <summary>Refuses a file that is not ours or is newer; true when it is behind the schema (or blank).</summary>
    public static bool Check(SqliteConnection connection, string path, SqliteTransaction? transaction = null)
    {
        FileShape shape = Inspect(connection, transaction);
        if (shape.ApplicationId != Schema.ApplicationId && !shape.IsBlank)
        {
            throw new StorageException($"{path} is not a StrengthQuest database; it was left untouched.");
        }

        if (shape.UserVersion > Schema.CurrentVersion)
        {
            throw new StorageException(
                $"{path} was written by a newer StrengthQuest (schema {shape.UserVersion}; this one knows up to {Schema.CurrentVersion}); it was left untouched — upgrade StrengthQuest.");
        }

        return shape.UserVersion < Schema.CurrentVersion;
    }

    /// <summary>Brings the database up to the current schema inside the caller's transaction, so a failed write migrates nothing.</summary>
    public static void Migrate(SqliteConnection connection, string path, SqliteTransaction transaction)
    {
        if (!Check(connection, path, transaction))
        {
            return;
        }

        for (int version = Inspect(connection, transaction).UserVersion; version < Schema.CurrentVersion; version++)
        {
            connection.Execute(Schema.Migrations[version], transaction: transaction);
        }

        connection.Execute($"PRAGMA application_id = {Schema.ApplicationId}; PRAGMA user_version = {Schema.CurrentVersion};", transaction: transaction);
    }

    public static bool IsWal(SqliteConnection connection) =>
        string.Equals(connection.ExecuteScalar<string>("PRAGMA journal_mode"), "wal", StringComparison.OrdinalIgnoreCase);

    private static FileShape Inspect(SqliteConnection connection, SqliteTransaction? transaction) => new(
        connection.ExecuteScalar<int>("PRAGMA application_id", transaction: transaction),
        connection.ExecuteScalar<int>("PRAGMA user_version", transaction: transaction),
        connection.ExecuteScalar<int>("SELECT count(*) FROM sqlite_schema", transaction: transaction));

    private readonly record struct FileShape(int ApplicationId, int UserVersion, int Objects)
    {
        /// <summary>An empty SQLite file (or a new one): ours to set up.</summary>
        public bool IsBlank => ApplicationId == 0 && UserVersion == 0 && Objects == 0;
    }
}
