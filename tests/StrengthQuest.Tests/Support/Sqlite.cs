using Microsoft.Data.Sqlite;

namespace StrengthQuest.Tests.Support;

/// <summary>Looks inside a database file (or a test cluster's PostgreSQL database) directly, read-only, as an auditor would.</summary>
public static class Sqlite
{
    private static string ReadOnly(string path) =>
        new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();

    public static T Scalar<T>(string path, string sql)
    {
        if (TestSupport.PostgresCluster.IsAddress(path))
        {
            using Npgsql.NpgsqlConnection pg = new(TestSupport.PostgresCluster.ConnectionStringFor(path));
            pg.Open();
            using Npgsql.NpgsqlCommand query = new(sql, pg);
            return (T)Convert.ChangeType(query.ExecuteScalar()!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
        }

        using SqliteConnection c = new(ReadOnly(path));
        c.Open();
        using SqliteCommand command = c.CreateCommand();
        command.CommandText = sql;
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static List<string> Column(string path, string sql)
    {
        if (TestSupport.PostgresCluster.IsAddress(path))
        {
            using Npgsql.NpgsqlConnection pg = new(TestSupport.PostgresCluster.ConnectionStringFor(path));
            pg.Open();
            using Npgsql.NpgsqlCommand query = new(sql, pg);
            using Npgsql.NpgsqlDataReader rows = query.ExecuteReader();
            List<string> found = [];
            while (rows.Read())
            {
                found.Add(rows.GetString(0));
            }

            return found;
        }

        using SqliteConnection c = new(ReadOnly(path));
        c.Open();
        using SqliteCommand command = c.CreateCommand();
        command.CommandText = sql;
        using SqliteDataReader reader = command.ExecuteReader();
        List<string> values = [];
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    /// <summary>Changes a file directly, as another program or an older version would, and checkpoints it (or a test cluster's PostgreSQL database).</summary>
    public static void Execute(string path, string sql)
    {
        if (TestSupport.PostgresCluster.IsAddress(path))
        {
            using Npgsql.NpgsqlConnection pg = new(TestSupport.PostgresCluster.ConnectionStringFor(path));
            pg.Open();
            using Npgsql.NpgsqlCommand change = new(sql, pg);
            change.ExecuteNonQuery();
            return;
        }

        using SqliteConnection c = new(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        c.Open();
        using SqliteCommand command = c.CreateCommand();
        command.CommandText = sql + ";PRAGMA wal_checkpoint(TRUNCATE);";
        command.ExecuteNonQuery();
    }

    public static string Hash(string path) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)));
}
