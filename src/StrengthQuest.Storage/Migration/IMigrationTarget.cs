using System.Data.Common;
using StrengthQuest.Storage.Database;

namespace StrengthQuest.Storage.Migration;

/// <summary>
/// A new database being filled in one transaction: set up at the current schema, filled table by
/// table, and kept only by <see cref="Commit"/>; disposed before that, nothing of it remains.
/// </summary>
internal interface IMigrationTarget : IDisposable
{
    /// <summary>How messages name it (a PostgreSQL address without its password, or the file).</summary>
    string Display { get; }

    /// <summary>The open transaction, for the stores: the check reads the copy through it.</summary>
    StoreContext Store { get; }

    /// <summary>The table's columns, in order.</summary>
    IReadOnlyList<string> Columns(string table);

    /// <summary>Writes every row of <paramref name="rows"/> (its columns in the order of <see cref="Columns"/>); returns how many.</summary>
    long Fill(string table, DbDataReader rows);

    /// <summary>After the last row: whatever the engine needs for the next write to work (new ids past the copied ones).</summary>
    void Finish();

    void Commit();

    /// <summary>The engine's own error (a dropped server, a full disk) as one sentence about this database; null for anything else.</summary>
    StorageException? Describe(Exception e);
}
