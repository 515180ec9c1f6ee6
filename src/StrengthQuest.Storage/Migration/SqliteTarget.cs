using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using StrengthQuest.Storage.Database;
using StrengthQuest.Storage.Files;

namespace StrengthQuest.Storage.Migration;

/// <summary>
/// A new SQLite file filled by one transaction: written to a private (0600) file beside the target
/// and renamed to it only after it committed and was checked. An existing file is never replaced,
/// and a copy that fails or is refused leaves nothing behind.
/// </summary>
internal sealed class SqliteTarget : IMigrationTarget
{
    private readonly string _temp;
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private bool _moved;

    private SqliteTarget(string path, string temp, SqliteConnection connection, SqliteTransaction transaction)
    {
        (Display, _temp, _connection, _transaction) = (path, temp, connection, transaction);
        Store = new StoreContext(connection, transaction);
    }

    public string Display { get; }

    public StoreContext Store { get; }

    public static SqliteTarget Create(string path)
    {
        if (File.Exists(path) || Directory.Exists(path))
        {
            throw new StorageException($"{path} already exists; migrate writes a new file and never replaces one, so nothing was written.");
        }

        string temp;
        try
        {
            temp = NewFile.HiddenBeside(path, "migrating");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StorageException($"Cannot create {path}: {e.Message.TrimEnd('.')}; nothing was written.", e);
        }

        SqliteConnection? connection = null;
        try
        {
            connection = GameDatabase.Connect(temp);
            SqliteTransaction transaction = connection.BeginTransaction(deferred: false);
            SchemaSetup.Migrate(connection, path, transaction);
            return new SqliteTarget(path, temp, connection, transaction);
        }
        catch (Exception e)
        {
            connection?.Dispose();
            Delete(temp);
            throw e is SqliteException s ? SqliteErrors.Describe(s, path) : e;
        }
    }

    public IReadOnlyList<string> Columns(string table) =>
        [.. _connection.Query<string>("SELECT name FROM pragma_table_info(@table) ORDER BY cid", new { table }, _transaction)];

    public long Fill(string table, DbDataReader rows)
    {
        IReadOnlyList<string> columns = Columns(table);
        using SqliteCommand insert = _connection.CreateCommand();
        insert.Transaction = _transaction;
        insert.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        SqliteParameter[] values = [.. columns.Select((_, i) => insert.Parameters.Add(new SqliteParameter($"$p{i}", DBNull.Value)))];
        insert.Prepare();
        long count = 0;
        while (rows.Read())
        {
            for (int i = 0; i < values.Length; i++)
            {
                values[i].Value = rows.GetValue(i);
            }

            insert.ExecuteNonQuery();
            count++;
        }

        return count;
    }

    /// <summary>Row ids continue from the highest one by themselves.</summary>
    public void Finish()
    {
    }

    /// <summary>Commits, switches the file to WAL (as the game's first write would), closes it and renames it into place.</summary>
    public void Commit()
    {
        _transaction.Commit();
        _connection.ExecuteScalar<string>("PRAGMA journal_mode = WAL");
        _connection.Dispose();
        try
        {
            File.Move(_temp, Display, overwrite: false);
            _moved = true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StorageException(File.Exists(Display)
                ? $"{Display} appeared while the copy was made; it was left as it is and nothing was written."
                : $"Cannot create {Display}: {e.Message.TrimEnd('.')}; nothing was written.", e);
        }
    }

    public StorageException? Describe(Exception e) => e is SqliteException s ? SqliteErrors.Describe(s, Display) : null;

    public void Dispose()
    {
        _transaction.Dispose();
        _connection.Dispose();
        if (!_moved)
        {
            Delete(_temp);
        }
    }

    private static void Delete(string temp)
    {
        foreach (string file in new[] { temp, temp + "-journal", temp + "-wal", temp + "-shm" })
        {
            File.Delete(file);
        }
    }
}
