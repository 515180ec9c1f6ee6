using System.Data;
using System.Data.Common;

namespace StrengthQuest.Storage.Database;

/// <summary>
/// Plain ADO.NET commands, where Dapper.AOT cannot go: a statement whose parameters vary in
/// number, rows read by hand, a blob. Every parameter is given its type, so a null means the same
/// on both engines.
/// </summary>
internal static class AdoCommand
{
    public static DbCommand Create(StoreContext context, string sql)
    {
        DbCommand command = context.Connection.CreateCommand();
        command.Transaction = context.Transaction;
        command.CommandText = sql;
        return command;
    }

    public static DbCommand With(this DbCommand command, string name, long value) => command.With(name, value, DbType.Int64);

    public static DbCommand With(this DbCommand command, string name, long? value) => command.With(name, value, DbType.Int64);

    public static DbCommand With(this DbCommand command, string name, string? value) => command.With(name, value, DbType.String);

    public static DbCommand With(this DbCommand command, string name, byte[] value) => command.With(name, value, DbType.Binary);

    public static string? NullableString(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    /// <summary>Integers always go as 64-bit (every integer column is one on PostgreSQL, which refuses a 32-bit value for it).</summary>
    private static DbCommand With(this DbCommand command, string name, object? value, DbType type)
    {
        DbParameter parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = type;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return command;
    }
}
