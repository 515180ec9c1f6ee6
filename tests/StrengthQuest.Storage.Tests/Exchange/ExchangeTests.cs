using StrengthQuest.Core.History;
using StrengthQuest.Core.Players;
using StrengthQuest.Storage.Database;
using StrengthQuest.Storage.Exchange;
using StrengthQuest.Storage.Tests.Support;

namespace StrengthQuest.Storage.Tests.Exchange;

public class ExchangeTests
{
    private static void Seed(GameDatabase db)
    {
        DateTimeOffset t = new(2026, 11, 24, 8, 0, 0, 123, TimeSpan.Zero);
        db.Write(s =>
        {
            Player a = s.Players.Add("alex", "Alex", "Europe/Berlin", 4, t);
            Player b = s.Players.Add("sam", "Sam \"S\", jr", "America/New_York", 5, t);
            s.Players.Link(a, b, t);
            s.Sessions.Insert(a, new Session("u1", new DateOnly(2026, 11, 24), t, false, [new Entry("calf-raise", 4, [new SetDone(20, 12.5m), new SetDone(18)], 3)], null, "=cmd, \"quoted\""));
            s.Sessions.Insert(b, new Session("u2", new DateOnly(2026, 11, 23), t, true, [], 8));
            return 0;
        });
    }

    [Fact]
    public void Export_then_import_into_an_empty_database_round_trips_exactly()
    {
        using TempFolder temp = new();
        using GameDatabase source = GameDatabase.Open(temp.File("a.db"));
        Seed(source);
        string first = ExportFile.Serialize(source.Read(ExchangeStore.Export));

        using GameDatabase target = GameDatabase.Open(temp.File("b.db"));
        ImportReport report = target.Write(s => ExchangeStore.Import(s, ExportFile.Parse(first, "export.json")));
        string second = ExportFile.Serialize(target.Read(ExchangeStore.Export));

        Assert.Equal(new ImportReport(2, 1, 2, 0), report);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Importing_the_same_file_twice_adds_nothing_the_second_time()
    {
        using TempFolder temp = new();
        using GameDatabase db = GameDatabase.Open(temp.File("a.db"));
        Seed(db);
        ExportDocument document = db.Read(ExchangeStore.Export);

        ImportReport again = db.Write(s => ExchangeStore.Import(s, document));

        Assert.Equal(new ImportReport(0, 0, 0, 2), again);
        Assert.Equal(2, db.Read(ExchangeStore.Export).Sessions.Count);
    }

    [Fact]
    public void Csv_has_one_row_per_set_quoted_and_safe_for_spreadsheets()
    {
        using TempFolder temp = new();
        using GameDatabase db = GameDatabase.Open(temp.File("a.db"));
        Seed(db);
        using StringWriter csv = new();
        CsvExport.Write(db.Read(ExchangeStore.Export), csv);
        string[] lines = csv.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("session_uid,player,day,recorded_at,backfilled,rest_pain,note,ladder,level,entry_pain,set,amount,load_kg", lines[0]);
        Assert.Equal("u1,alex,2026-11-24,2026-11-24T08:00:00.123Z,0,,\"'=cmd, \"\"quoted\"\"\",calf-raise,4,3,1,20,12.5", lines[1]);
        Assert.Equal("u1,alex,2026-11-24,2026-11-24T08:00:00.123Z,0,,\"'=cmd, \"\"quoted\"\"\",calf-raise,4,3,2,18,", lines[2]);
        Assert.Equal("u2,sam,2026-11-23,2026-11-24T08:00:00.123Z,1,8,,,,,,,", lines[3]);
        Assert.Equal(4, lines.Length);
    }

    [Fact]
    public void A_backup_is_a_consistent_private_copy_and_never_overwrites()
    {
        using TempFolder temp = new();
        using GameDatabase db = GameDatabase.Open(temp.File("a.db"));
        Seed(db);
        string copy = temp.File("backup.db");

        db.Backup(copy);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(copy));
        using (GameDatabase restored = GameDatabase.Open(copy))
        {
            Assert.Equal(ExportFile.Serialize(db.Read(ExchangeStore.Export)), ExportFile.Serialize(restored.Read(ExchangeStore.Export)));
        }

        long size = new FileInfo(copy).Length;
        StorageException e = Assert.Throws<StorageException>(() => db.Backup(copy));
        Assert.Contains("already exists", e.Message);
        Assert.Equal(size, new FileInfo(copy).Length);
    }
}
