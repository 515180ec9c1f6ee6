using StrengthQuest.Storage.Database;
using StrengthQuest.Storage.Database.Postgres;

namespace StrengthQuest.Storage.Tests.Database;

public class PostgresAddressTests
{
    [Theory]
    [InlineData("postgresql://sq:secret@db.example:5432/game?sslmode=require", "postgresql://sq@db.example:5432/game?sslmode=require")]
    [InlineData("postgresql://sq:p@ss@db.example/game", "postgresql://sq@db.example/game")]
    [InlineData("postgresql://u:pw@[::1]:5432/game", "postgresql://u@[::1]:5432/game")]
    [InlineData("postgres://sq@/game?host=/run/postgresql&password=secret", "postgres://sq@/game?host=/run/postgresql")]
    [InlineData("postgresql://sq@/game?password=secret&host=/run/postgresql", "postgresql://sq@/game?host=/run/postgresql")]
    [InlineData("postgresql://sq@/game?password=secret", "postgresql://sq@/game")]
    [InlineData("postgresql://sq@/game?PASSWORD=secret&port=5433", "postgresql://sq@/game?port=5433")]
    [InlineData("postgresql://sq@/game?pass%77ord=secret", "postgresql://sq@/game")]
    [InlineData("postgresql://sq@/game?password%3Dsecret&port=1", "postgresql://sq@/game?port=1")]
    [InlineData("postgresql://sq:a@/game?host=/x&password=b&port=1", "postgresql://sq@/game?host=/x&port=1")]
    public void The_shown_address_leaves_every_password_out(string address, string shown)
    {
        Assert.Equal(shown, PostgresAddress.Display(address));
        Assert.True(DatabaseLocation.HasPassword(address));
    }

    [Theory]
    [InlineData("postgresql://sq@/game?host=/x&&port=1")]
    [InlineData("postgresql:///game")]
    [InlineData("postgresql://")]
    [InlineData("postgresql://db.example/game")]
    [InlineData("postgresql://[::1]:5432/game?sslmode=disable")]
    [InlineData("postgresql://sq@/game?host=/a:b")]
    public void An_address_without_a_password_is_shown_as_it_is(string address)
    {
        Assert.Equal(address, PostgresAddress.Display(address));
        Assert.False(DatabaseLocation.HasPassword(address));
    }
}
