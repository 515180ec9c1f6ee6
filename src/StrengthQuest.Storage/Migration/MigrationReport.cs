namespace StrengthQuest.Storage.Migration;

/// <summary>What a migration copied (rows per table, in copy order) and how many players' status it compared.</summary>
public sealed record MigrationReport(string Source, string Target, IReadOnlyList<TableRows> Tables, int PlayersChecked)
{
    public long Rows(string table) => Tables.FirstOrDefault(t => t.Table == table)?.Rows ?? 0;
}

public sealed record TableRows(string Table, long Rows);
