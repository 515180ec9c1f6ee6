using StrengthQuest.Storage.Database;

namespace StrengthQuest.Storage.Tests.Database;

public class LocationTests
{
    private static Func<string, string?> Env(params (string Key, string Value)[] values) =>
        key => values.FirstOrDefault(v => v.Key == key).Value;

    [Fact]
    public void The_option_wins_over_the_environment() =>
        Assert.Equal("/tmp/x/a.db", DatabaseLocation.Resolve("/tmp/x/a.db", Env(("STRENGTHQUEST_DB", "/tmp/b.db"))));

    [Fact]
    public void The_environment_variable_comes_next() =>
        Assert.Equal("/tmp/b.db", DatabaseLocation.Resolve(null, Env(("STRENGTHQUEST_DB", "/tmp/b.db"), ("XDG_DATA_HOME", "/xdg"))));

    [Fact]
    public void Otherwise_the_xdg_data_home() =>
        Assert.Equal("/xdg/strengthquest/strengthquest.db", DatabaseLocation.Resolve(null, Env(("XDG_DATA_HOME", "/xdg"), ("HOME", "/home/a"))));

    [Fact]
    public void Without_xdg_the_home_local_share() =>
        Assert.Equal("/home/a/.local/share/strengthquest/strengthquest.db", DatabaseLocation.Resolve(null, Env(("HOME", "/home/a"))));

    [Fact]
    public void A_relative_xdg_data_home_is_ignored_as_the_spec_says() =>
        Assert.Equal("/home/a/.local/share/strengthquest/strengthquest.db", DatabaseLocation.Resolve(null, Env(("XDG_DATA_HOME", "rel"), ("HOME", "/home/a"))));
}
