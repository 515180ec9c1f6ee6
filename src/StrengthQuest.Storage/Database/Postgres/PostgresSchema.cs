using Dapper;
using Npgsql;

namespace StrengthQuest.Storage.Database.Postgres;

/// <summary>
/// What a PostgreSQL database is (ours, blank, another application's, newer) and how it is brought
/// up to the current schema. The version lives in the database itself, in strengthquest_schema.
/// </summary>
internal static class PostgresSchema
{
    /// <summary>Refuses a database that is not ours or is newer; true when it is behind the schema (or blank).</summary>
    public static bool Check(NpgsqlConnection connection, string display, NpgsqlTransaction? transaction = null)
    {
        Shape shape = Inspect(connection, transaction);
        if (shape.Application != Schema.ApplicationId && !shape.IsBlank)
        {
            throw new StorageException($"{display} is not a StrengthQuest database (its schema holds other tables); it was left untouched.");
        }

        if (shape.Version > Schema.CurrentVersion)
        {
            throw new StorageException(
                $"{display} was written by a newer StrengthQuest (schema {shape.Version}; this one knows up to {Schema.CurrentVersion}); it was left untouched — upgrade StrengthQuest.");
        }

        return shape.Version < Schema.CurrentVersion;
    }

    /// <summary>Brings the database up to the current schema inside the caller's transaction, so a failed write migrates nothing.</summary>
    public static void Migrate(NpgsqlConnection connection, string display, NpgsqlTransaction transaction)
    {
        // Two hosts meeting a blank or older database: one migrates, the other then finds it done.
        connection.Execute("SELECT pg_advisory_xact_lock(@key)", new { key = MigrationLock }, transaction);
        if (!Check(connection, display, transaction))
        {
            return;
        }

        int from = Inspect(connection, transaction).Version;
        if (from == 0)
        {
            connection.Execute("CREATE TABLE strengthquest_schema (application integer NOT NULL, version integer NOT NULL)", transaction: transaction);
            connection.Execute("INSERT INTO strengthquest_schema (application, version) VALUES (@application, 0)", new { application = Schema.ApplicationId }, transaction);
        }

        for (int version = from; version < Schema.CurrentVersion; version++)
        {
            connection.Execute(Schema.PostgresMigrations[version], transaction: transaction);
        }

        connection.Execute("UPDATE strengthquest_schema SET version = @version", new { version = Schema.CurrentVersion }, transaction);
    }

    /// <summary>True when the database's schema holds nothing at all: no table, view, sequence or index.</summary>
    public static bool IsBlank(NpgsqlConnection connection, NpgsqlTransaction transaction) => Inspect(connection, transaction).IsBlank;

    private const long MigrationLock = Schema.ApplicationId + 1L;

    /// <summary>Whether the schema table is there (asked, not tried: inside a transaction an error would end it).</summary>
    public static bool HasSchemaTable(NpgsqlConnection connection, NpgsqlTransaction? transaction = null) =>
        connection.ExecuteScalar<string?>("SELECT to_regclass('strengthquest_schema')::text", transaction: transaction) is not null;

    private static Shape Inspect(NpgsqlConnection connection, NpgsqlTransaction? transaction)
    {
        if (transaction is null)
        {
            // Outside a transaction the usual case (our schema) takes one round trip: the table is
            // read straight away, and only a database without it (blank or another application's)
            // pays for the error and the count.
            try
            {
                return Ours(connection, transaction);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
            {
            }
        }
        else if (HasSchemaTable(connection, transaction))
        {
            // Inside one an error would end the transaction: ask first.
            return Ours(connection, transaction);
        }

        long objects = connection.ExecuteScalar<long>(
            "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema()",
            transaction: transaction);
        return new Shape(0, 0, objects);
    }

    private static Shape Ours(NpgsqlConnection connection, NpgsqlTransaction? transaction)
    {
        ShapeRow row;
        try
        {
            row = connection.QueryFirstOrDefault<ShapeRow>(
                "SELECT application AS Application, version AS Version FROM strengthquest_schema", transaction: transaction) ?? new ShapeRow();
        }
        catch (Exception e) when (e is PostgresException { SqlState: PostgresErrorCodes.UndefinedColumn } or InvalidCastException or FormatException)
        {
            // Another application's table of that name: a database that is not ours (a transaction it was read in is over).
            return new Shape(0, 0, 1);
        }

        return new Shape(row.Application, row.Version, 1);
    }

    internal sealed class ShapeRow
    {
        public int Application { get; set; }

        public int Version { get; set; }
    }

    private readonly record struct Shape(int Application, int Version, long Objects)
    {
        /// <summary>A schema with nothing in it: ours to set up.</summary>
        public bool IsBlank => Application == 0 && Version == 0 && Objects == 0;
    }
}
