using StrengthQuest.Core.History;

namespace StrengthQuest.Core.Rules.Progression;

/// <summary>The best one set on a ladder level: most reps, seconds or metres, and heaviest load.</summary>
public sealed record LevelRecord(string Ladder, int Level, int BestAmount, DateOnly BestAmountDay, decimal? HeaviestKg, DateOnly? HeaviestDay);

/// <summary>A record broken: what it was before and what it is now.</summary>
public sealed record RecordBroken(string Ladder, int Level, string What, decimal Before, decimal Now);

/// <summary>Personal records per ladder level, stepped entry by entry.</summary>
public sealed class PersonalRecords
{
    private readonly Dictionary<(string Ladder, int Level), LevelRecord> _records = [];

    // One comparer, not OrderBy(..).ThenBy(..): ThenBy is a generic virtual call, which Native AOT
    // resolves at run time, and every check-in paid that on first use. Same stable order.
    private static readonly Comparer<LevelRecord> ByLadderThenLevel = Comparer<LevelRecord>.Create((a, b) =>
        string.CompareOrdinal(a.Ladder, b.Ladder) is var ladder and not 0 ? ladder : a.Level.CompareTo(b.Level));

    public IEnumerable<LevelRecord> All => _records.Values.Order(ByLadderThenLevel);

    public LevelRecord? For(string ladder, int level) => _records.GetValueOrDefault((ladder, level));

    public void Restore(IEnumerable<LevelRecord> records)
    {
        foreach (LevelRecord r in records)
        {
            _records[(r.Ladder, r.Level)] = r;
        }
    }

    /// <summary>Takes an entry in; returns the records it beat (a first entry sets a baseline, beating nothing).</summary>
    public IReadOnlyList<RecordBroken> Step(Entry entry, DateOnly day)
    {
        List<RecordBroken> broken = [];
        if (entry.Sets.Count == 0)
        {
            return broken;
        }

        int best = 0;
        decimal? heaviest = null;
        foreach (SetDone set in entry.Sets)
        {
            best = Math.Max(best, set.Amount);
            heaviest = set.LoadKg is { } load && (heaviest is null || load > heaviest) ? load : heaviest;
        }

        (string, int) key = (entry.Ladder, entry.Level);
        if (!_records.TryGetValue(key, out LevelRecord? old))
        {
            _records[key] = new LevelRecord(entry.Ladder, entry.Level, best, day, heaviest, heaviest is null ? null : day);
            return broken;
        }

        LevelRecord updated = old;
        if (best > old.BestAmount)
        {
            broken.Add(new RecordBroken(entry.Ladder, entry.Level, "amount", old.BestAmount, best));
            updated = updated with { BestAmount = best, BestAmountDay = day };
        }

        if (heaviest is { } kg && (old.HeaviestKg is null || kg > old.HeaviestKg))
        {
            if (old.HeaviestKg is { } before)
            {
                broken.Add(new RecordBroken(entry.Ladder, entry.Level, "load", before, kg));
            }

            updated = updated with { HeaviestKg = kg, HeaviestDay = day };
        }

        _records[key] = updated;
        return broken;
    }
}
