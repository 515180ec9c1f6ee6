using Microsoft.Data.Sqlite;

// floor DATABASE: one row into table t(x) of a WAL database, in one transaction, synchronous=FULL.
using SqliteConnection connection = new($"Data Source={args[0]}");
connection.Open();
using (SqliteCommand pragma = connection.CreateCommand())
{
    pragma.CommandText = "PRAGMA synchronous=FULL";
    pragma.ExecuteNonQuery();
}

using SqliteTransaction transaction = connection.BeginTransaction();
using (SqliteCommand insert = connection.CreateCommand())
{
    insert.Transaction = transaction;
    insert.CommandText = "INSERT INTO t(x) VALUES ('a')";
    insert.ExecuteNonQuery();
}

transaction.Commit();
