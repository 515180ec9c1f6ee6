using System.Text;
using StrengthQuest.Core.Game;
using StrengthQuest.Core.Rules.Achievements;
using StrengthQuest.Core.Rules.Progression;

namespace StrengthQuest.Storage.Cache;

/// <summary>
/// A fold snapshot as compact bytes, written and read field by field. (Reading it back as JSON cost
/// more than a millisecond of every command in serializer set-up alone.) Anything that does not read
/// back whole and exact — another format, a truncated row — is simply no snapshot: the cache misses.
/// </summary>
internal static class FoldSnapshotCodec
{
    /// <summary>Part of the cache key: bump on any change below, and old rows are never read.</summary>
    public const int Format = 2;

    public static byte[] Encode(FoldSnapshot snapshot)
    {
        using MemoryStream buffer = new();
        using (BinaryWriter w = new(buffer, Encoding.UTF8, leaveOpen: true))
        {
            w.Write((byte)Format);
            Day(w, snapshot.ThroughDay);
            Player(w, snapshot.Me);
            Optional(w, snapshot.Partner, Player);
            Optional(w, snapshot.Coop, Counter);
            Optional(w, snapshot.Duel, Duel);
            List(w, snapshot.MyCoopBadges, Achievement);
            List(w, snapshot.PartnerCoopBadges, Achievement);
            w.Write(snapshot.BossesBeaten);
            List(w, snapshot.CarryWeeks, Day);
        }

        return buffer.ToArray();
    }

    public static FoldSnapshot? Decode(byte[] bytes)
    {
        try
        {
            using BinaryReader r = new(new MemoryStream(bytes, writable: false), Encoding.UTF8);
            if (r.ReadByte() != Format)
            {
                return null;
            }

            FoldSnapshot snapshot = new(
                Day(r),
                Player(r),
                Optional(r, Player),
                Optional(r, Counter),
                Optional(r, Duel),
                List(r, Achievement),
                List(r, Achievement))
            {
                BossesBeaten = r.ReadInt32(),
                CarryWeeks = List(r, Day),
            };
            return r.BaseStream.Position == r.BaseStream.Length ? snapshot : null;
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or FormatException or ArgumentException or OverflowException)
        {
            return null;
        }
    }

    private static void Player(BinaryWriter w, PlayerSnapshot p)
    {
        Counter(w, p.Streak);
        List(w, p.ProtectedDays, Day);
        w.Write(p.XpBase);
        w.Write(p.XpStreakBonus);
        w.Write(p.XpCoopBonus);
        List(w, p.Ladders, Ladder);
        List(w, p.Records, Record);
        List(w, p.Achievements, Achievement);
    }

    private static PlayerSnapshot Player(BinaryReader r) => new(
        Counter(r), List(r, Day), r.ReadInt32(), r.ReadInt32(), r.ReadInt32(), List(r, Ladder), List(r, Record), List(r, Achievement));

    private static void Counter(BinaryWriter w, CounterSnapshot c)
    {
        w.Write(c.Current);
        w.Write(c.Longest);
        w.Write(c.Freezes);
    }

    private static CounterSnapshot Counter(BinaryReader r) => new(r.ReadInt32(), r.ReadInt32(), r.ReadInt32());

    private static void Ladder(BinaryWriter w, LadderSnapshot l)
    {
        w.Write(l.Id);
        w.Write(l.Unlocked);
        w.Write(l.CoolingDown);
        w.Write(l.CoolLevel);
        Optional(w, l.HoldLevel, (w, level) => w.Write(level));
        w.Write(l.CalmRun);
        w.Write(l.Entries);
        List(w, l.RecentPains, (w, pain) => w.Write(pain));
        List(w, l.QualifyingDays, (w, days) => w.Write(days));
        List(w, l.LastQualifyingDay, (w, day) => Optional(w, day, Day));
    }

    private static LadderSnapshot Ladder(BinaryReader r) => new(
        r.ReadString(),
        r.ReadInt32(),
        r.ReadBoolean(),
        r.ReadInt32(),
        OptionalValue(r, r => r.ReadInt32()),
        r.ReadInt32(),
        r.ReadInt32(),
        List(r, r => r.ReadInt32()),
        List(r, r => r.ReadInt32()),
        List(r, r => OptionalValue(r, Day)));

    private static void Record(BinaryWriter w, LevelRecord record)
    {
        w.Write(record.Ladder);
        w.Write(record.Level);
        w.Write(record.BestAmount);
        Day(w, record.BestAmountDay);
        Optional(w, record.HeaviestKg, (w, kg) => w.Write(kg));
        Optional(w, record.HeaviestDay, Day);
    }

    private static LevelRecord Record(BinaryReader r) => new(
        r.ReadString(), r.ReadInt32(), r.ReadInt32(), Day(r), OptionalValue(r, r => r.ReadDecimal()), OptionalValue(r, Day));

    private static void Duel(BinaryWriter w, DuelSnapshot d)
    {
        w.Write(d.MyCrowns);
        w.Write(d.PartnerCrowns);
        List(w, d.OpenWeeks, (w, week) =>
        {
            Day(w, week.Monday);
            w.Write(week.Me);
            w.Write(week.Partner);
            w.Write(week.Closed);
        });
    }

    private static DuelSnapshot Duel(BinaryReader r) => new(
        r.ReadInt32(), r.ReadInt32(), List(r, r => new WeekSnapshot(Day(r), r.ReadInt32(), r.ReadInt32(), r.ReadBoolean())));

    private static void Achievement(BinaryWriter w, EarnedAchievement a)
    {
        w.Write(a.Id);
        Day(w, a.Day);
    }

    private static EarnedAchievement Achievement(BinaryReader r) => new(r.ReadString(), Day(r));

    private static void Day(BinaryWriter w, DateOnly day) => w.Write(day.DayNumber);

    private static DateOnly Day(BinaryReader r) => DateOnly.FromDayNumber(r.ReadInt32());

    private static void List<T>(BinaryWriter w, IReadOnlyList<T> items, Action<BinaryWriter, T> write)
    {
        w.Write(items.Count);
        foreach (T item in items)
        {
            write(w, item);
        }
    }

    private static T[] List<T>(BinaryReader r, Func<BinaryReader, T> read)
    {
        int count = r.ReadInt32();
        if (count < 0 || count > r.BaseStream.Length - r.BaseStream.Position)
        {
            throw new FormatException("A list longer than what is left.");
        }

        T[] items = new T[count];
        for (int i = 0; i < count; i++)
        {
            items[i] = read(r);
        }

        return items;
    }

    private static void Optional<T>(BinaryWriter w, T? item, Action<BinaryWriter, T> write)
        where T : class
    {
        w.Write(item is not null);
        if (item is not null)
        {
            write(w, item);
        }
    }

    private static void Optional<T>(BinaryWriter w, T? item, Action<BinaryWriter, T> write)
        where T : struct
    {
        w.Write(item.HasValue);
        if (item is { } value)
        {
            write(w, value);
        }
    }

    private static T? Optional<T>(BinaryReader r, Func<BinaryReader, T> read)
        where T : class => r.ReadBoolean() ? read(r) : null;

    private static T? OptionalValue<T>(BinaryReader r, Func<BinaryReader, T> read)
        where T : struct => r.ReadBoolean() ? read(r) : null;
}
