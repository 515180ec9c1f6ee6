using System.Data;
using System.Data.Common;
using Dapper;
using Npgsql;
using NpgsqlTypes;
using StrengthQuest.Storage.Database;
using StrengthQuest.Storage.Database.Postgres;

namespace StrengthQuest.Storage.Migration;

/// <summary>
/// An empty PostgreSQL database filled by one transaction: it holds the game's write lock, is refused
/// unless its schema is blank, gets the current schema, and takes the rows by binary COPY.
/// </summary>
internal sealed class PostgresTarget : IMigrationTarget
{
    private readonly NpgsqlDataSource _source;
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;

    private PostgresTarget(NpgsqlDataSource source, NpgsqlConnection connection, NpgsqlTransaction transaction, string display)
    {
        (_source, _connection, _transaction, Display) = (source, connection, transaction, display);
        Store = new StoreContext(connection, transaction, onPostgres: true);
    }

    public string Display { get; }

    public StoreContext Store { get; }

    public static PostgresTarget Open(string uri)
    {
        string display = PostgresAddress.Display(uri);
        NpgsqlDataSource source = PostgresDatabase.Source(PostgresAddress.Parse(uri).ConnectionString);
        NpgsqlConnection? connection = null;
        try
        {
            connection = source.OpenConnection();
            NpgsqlTransaction transaction = connection.BeginTransaction(IsolationLevel.ReadCommitted);
            connection.Execute("SET LOCAL lock_timeout = '10s'", transaction: transaction);
            connection.Execute("SELECT pg_advisory_xact_lock(@key)", new { key = PostgresDatabase.WriteLock }, transaction);
            PostgresSchema.Check(connection, display, transaction);
            if (!PostgresSchema.IsBlank(connection, transaction))
            {
                throw new StorageException($"{display} already holds a StrengthQuest game; migrate copies only into an empty database (make one with createdb), so it was left untouched.");
            }

            PostgresSchema.Migrate(connection, display, transaction);
            return new PostgresTarget(source, connection, transaction, display);
        }
        catch (NpgsqlException e)
        {
            connection?.Dispose();
            source.Dispose();
            throw PostgresErrors.Describe(e, display);
        }
        catch
        {
            connection?.Dispose();
            source.Dispose();
            throw;
        }
    }

    public IReadOnlyList<string> Columns(string table) => [.. ColumnTypes(table).Select(c => c.Name)];

    public long Fill(string table, DbDataReader rows)
    {
        IReadOnlyList<Column> columns = ColumnTypes(table);
        string names = string.Join(", ", columns.Select(c => Quote(c.Name)));
        // The change-counter triggers would update one counter row per row copied — thousands of
        // versions of one row in one transaction, seconds for ten years of sessions — and the
        // source's own counters replace theirs anyway. The table is this transaction's own.
        Execute($"ALTER TABLE {Quote(table)} DISABLE TRIGGER USER");
        long count = Copy(table, columns, names, rows);
        Execute($"ALTER TABLE {Quote(table)} ENABLE TRIGGER USER");
        return count;
    }

    private long Copy(string table, IReadOnlyList<Column> columns, string names, DbDataReader rows)
    {
        using NpgsqlBinaryImporter copy = _connection.BeginBinaryImport($"COPY {Quote(table)} ({names}) FROM STDIN (FORMAT BINARY)");
        long count = 0;
        while (rows.Read())
        {
            copy.StartRow();
            for (int i = 0; i < columns.Count; i++)
            {
                Write(copy, table, columns[i], rows.GetValue(i));
            }

            count++;
        }

        copy.Complete();
        return count;
    }

    /// <summary>
    /// Identity columns take explicit ids in a copy without moving their sequence: move each past the
    /// highest id copied. And the planner learns the new tables' sizes, so the check's reads (and the
    /// first games') use the indexes.
    /// </summary>
    public void Finish()
    {
        Store.AfterBulkLoad();
        IEnumerable<IdentityColumn> identities = _connection.Query<IdentityColumn>(
            """
            SELECT table_name AS "Table", column_name AS "Column" FROM information_schema.columns
            WHERE table_schema = current_schema() AND is_identity = 'YES'
            """,
            transaction: _transaction);
        foreach (IdentityColumn identity in identities.ToList())
        {
            using NpgsqlCommand next = new(
                $"SELECT setval(pg_get_serial_sequence(@table, @column), coalesce((SELECT max({Quote(identity.Column)}) FROM {Quote(identity.Table)}), 0) + 1, false)",
                _connection,
                _transaction);
            next.Parameters.AddWithValue("table", Quote(identity.Table));
            next.Parameters.AddWithValue("column", identity.Column);
            next.ExecuteNonQuery();
        }
    }

    public void Commit() => _transaction.Commit();

    private void Execute(string sql)
    {
        using NpgsqlCommand command = new(sql, _connection, _transaction);
        command.ExecuteNonQuery();
    }

    public StorageException? Describe(Exception e) => e is NpgsqlException n ? PostgresErrors.Describe(n, Display) : null;

    public void Dispose()
    {
        _transaction.Dispose();
        _connection.Dispose();
        _source.Dispose();
    }

    private static void Write(NpgsqlBinaryImporter copy, string table, Column column, object value)
    {
        switch (value)
        {
            case DBNull:
                copy.WriteNull();
                break;
            case long number when column.Type == "bigint":
                copy.Write(number, NpgsqlDbType.Bigint);
                break;
            case string text when column.Type == "text":
                copy.Write(text, NpgsqlDbType.Text);
                break;
            case byte[] bytes when column.Type == "bytea":
                copy.Write(bytes, NpgsqlDbType.Bytea);
                break;
            default:
                throw new StorageException($"{table}.{column.Name} holds a value that is not {column.Type} ({value.GetType().Name}); the source needs repair before it can be copied, and nothing was written.");
        }
    }

    private List<Column> ColumnTypes(string table) => [.. _connection.Query<Column>(
        """
        SELECT column_name AS "Name", data_type AS "Type" FROM information_schema.columns
        WHERE table_schema = current_schema() AND table_name = @table ORDER BY ordinal_position
        """,
        new { table },
        _transaction)];

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    internal sealed class Column
    {
        public string Name { get; set; } = "";

        public string Type { get; set; } = "";
    }

    internal sealed class IdentityColumn
    {
        public string Table { get; set; } = "";

        public string Column { get; set; } = "";
    }
}
