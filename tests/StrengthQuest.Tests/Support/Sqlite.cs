using Microsoft.Data.Sqlite;

namespace StrengthQuest.Tests.Support;

/// <summary>Looks inside a database file directly, read-only, as an auditor would.</summary>
public static class Sqlite
{
    public static T Scalar<T>(string path, string sql)
    {
        using SqliteConnection c = new($"Data Source={path};Mode=ReadOnly;Pooling=False");
        c.Open();
        using SqliteCommand command = c.CreateCommand();
        command.CommandText = sql;
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static List<string> Column(string path, string sql)
    {
        using SqliteConnection c = new($"Data Source={path};Mode=ReadOnly;Pooling=False");
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

    /// <summary>Writes behind the game's back (what another process, or an operator, would do).</summary>
    public static void Execute(string path, string sql)
    {
        using SqliteConnection c = new($"Data Source={path};Pooling=False");
        c.Open();
        using SqliteCommand command = c.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public static string Hash(string path) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)));
}
