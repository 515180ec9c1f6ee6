using StrengthQuest.Tests.Support;
using StrengthQuest.TestSupport;

namespace StrengthQuest.Tests.Cli;

public class DataVerbTests
{
    /// <summary>Alex (Berlin) and Sam (New York), linked; Alex logs on the 24th, Sam rests (backfilled) on the 23rd.</summary>
    internal static Support.Cli Seeded(Engine engine = Engine.Sqlite)
    {
        Support.Cli cli = new("2026-11-24T15:00:00Z", engine);
        cli.Run("player", "add", "alex", "--name", "Alex", "--tz", "Europe/Berlin");
        cli.Run("player", "add", "sam", "--name", "Sam", "--tz", "America/New_York");
        cli.Run("couple", "link", "alex", "sam");
        cli.Run("log", "--player", "alex", "atg-split-squat=8,8,8@10/2", "--note", "first");
        cli.Run("log", "--player", "sam", "--date", "2026-11-23", "--rest", "--pain", "6");
        return cli;
    }

    [Theory, OnSqlite, OnPostgres]
    public void Export_and_import_round_trip_exactly_and_never_import_twice(Engine engine)
    {
        using Support.Cli cli = Seeded(engine);
        CliResult exported = cli.Run("export", "--format", "json");
        Assert.Equal(0, exported.ExitCode);
        string file = Path.Combine(cli.Folder, "export.json");
        File.WriteAllText(file, exported.Out);

        cli.Database = cli.OtherDatabase("fresh.db");
        CliResult imported = cli.Run("import", file);
        Assert.Equal(0, imported.ExitCode);
        Assert.Contains("Imported 2 players, 1 couples and 2 sessions; 0 sessions were already here.", imported.Out);
        Assert.Equal(exported.Out, cli.Run("export").Out);

        CliResult again = cli.Run("import", file);
        Assert.Contains("0 sessions; 2 sessions were already here", again.Out);
        Assert.Equal(exported.Out, cli.Run("export").Out);
    }

    [Theory]
    [InlineData("{ \"format\": \"strengthquest\", \"version\": 1, \"players\": [], \"couples\": [], \"sessions\": [ { \"uid\": \"x\", \"player\": \"ghost\", \"day\": \"2026-11-24\", \"recordedAt\": \"2026-11-24T10:00:00.000Z\", \"backfilled\": false, \"restPain\": 7, \"note\": null, \"entries\": [] } ] }", "ghost")]
    [InlineData("{ \"format\": \"strengthquest\", \"version\": 1, \"players\": [ { \"handle\": \"Bad Handle\", \"name\": \"x\", \"timeZone\": \"UTC\", \"dayStartHour\": 4, \"createdAt\": \"2026-11-24T10:00:00.000Z\" } ], \"couples\": [], \"sessions\": [] }", "Bad Handle")]
    [InlineData("{ \"format\": \"something-else\", \"version\": 1 }", "not a version 1 StrengthQuest export")]
    [InlineData("not json at all", "is not a StrengthQuest export")]
    public void A_bad_import_file_imports_nothing(string content, string fault)
    {
        using Support.Cli cli = Seeded();
        string before = cli.Run("export").Out;
        string file = Path.Combine(cli.Folder, "bad.json");
        File.WriteAllText(file, content);

        CliResult result = cli.Run("import", file);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains(fault, result.Err);
        Assert.Equal(before, cli.Run("export").Out);
    }

    [Theory, OnSqlite, OnPostgres]
    public void Csv_export_writes_one_row_per_set(Engine engine)
    {
        using Support.Cli cli = Seeded(engine);
        string[] lines = cli.Run("export", "--format", "csv").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1 + 3 + 1, lines.Length);
        Assert.Contains(lines, l => l.Contains(",alex,2026-11-24,", StringComparison.Ordinal) && l.EndsWith(",atg-split-squat,1,2,3,8,10", StringComparison.Ordinal));
        Assert.Equal(2, cli.Run("export", "--format", "xml").ExitCode);
    }

    [Fact]
    public void Export_to_a_file_never_overwrites()
    {
        using Support.Cli cli = Seeded();
        string file = Path.Combine(cli.Folder, "out.json");
        Assert.Equal(0, cli.Run("export", "--output", file).ExitCode);
        Assert.Equal((UnixFileMode)0, File.GetUnixFileMode(file) & (UnixFileMode.OtherRead | UnixFileMode.GroupRead));
        Assert.Equal(4, cli.Run("export", "--output", file, "--format", "csv").ExitCode);
        Assert.StartsWith("{", File.ReadAllText(file), StringComparison.Ordinal);
    }

    [Fact]
    public void A_backup_is_a_working_database_with_the_same_data()
    {
        using Support.Cli cli = Seeded();
        string copy = Path.Combine(cli.Folder, "backup.db");
        CliResult backup = cli.Run("backup", copy);
        Assert.Equal(0, backup.ExitCode);
        string original = cli.Run("export").Out;
        Assert.Equal(4, cli.Run("backup", copy).ExitCode);
        cli.Database = copy;
        Assert.Equal(original, cli.Run("export").Out);
    }

    [Fact]
    public void A_malformed_catalog_is_named_with_its_fault()
    {
        using Support.Cli cli = Seeded();
        string catalog = Path.Combine(cli.Folder, "catalog.json");
        File.WriteAllText(catalog, "{ \"ladders\": [ ");
        CliResult result = cli.Run("status", "--player", "alex", "--catalog", catalog);
        Assert.Equal(3, result.ExitCode);
        Assert.Contains(catalog, result.Err);
        Assert.Contains("not valid catalog JSON", result.Err);
    }
}
