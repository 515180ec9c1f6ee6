using StrengthQuest.TestSupport;

namespace StrengthQuest.Storage.Tests.Support;

/// <summary>Where a test's game lives on the engine it runs on: a file in its folder, or a new database on the test cluster.</summary>
internal static class TestDatabase
{
    public static string At(Engine engine, TempFolder temp) =>
        engine == Engine.Postgres ? PostgresCluster.NewDatabase() : temp.File("sq.db");
}
