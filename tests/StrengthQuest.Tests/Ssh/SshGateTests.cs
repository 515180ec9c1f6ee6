using StrengthQuest.Ssh;

namespace StrengthQuest.Tests.Ssh;

public class SshGateTests
{
    private static readonly string[] Forced = ["--db", "/srv/sq/sq.db", "--player", "alex"];

    private static SshDecision? Decide(string? original, string[]? forced = null) =>
        SshGate.Decide(forced ?? Forced, key => key == SshGate.EnvironmentVariable ? original : null);

    [Fact]
    public void Without_ssh_the_arguments_run_as_given() => Assert.Null(Decide(null));

    [Fact]
    public void An_empty_command_opens_the_game_as_the_keys_player()
    {
        SshDecision decision = Decide("")!;
        Assert.Equal(Forced, decision.Args);
        Assert.Null(decision.Refusal);
    }

    [Theory]
    [InlineData("log tibialis-raise=20,20", new[] { "log", "tibialis-raise=20,20" })]
    [InlineData("status --json", new[] { "status", "--json" })]
    [InlineData("status --short", new[] { "status", "--short" })]
    [InlineData("history  --days 7", new[] { "history", "--days", "7" })]
    [InlineData("log --note 'sore but fine' calf-raise=20@12.5/2", new[] { "log", "--note", "sore but fine", "calf-raise=20@12.5/2" })]
    [InlineData("nudge", new[] { "nudge" })]
    public void The_players_own_verbs_run_for_the_forced_player_and_database(string original, string[] words)
    {
        SshDecision decision = Decide(original)!;
        Assert.Null(decision.Refusal);
        Assert.Equal([.. words, "--player", "alex", "--db", "/srv/sq/sq.db"], decision.Args);
    }

    [Theory]
    [InlineData("log --player sam tibialis-raise=20", "--player")]
    [InlineData("log --player=sam tibialis-raise=20", "--player")]
    [InlineData("status -p sam", "-p")]
    [InlineData("status -psam", "-psam")]
    [InlineData("status --db /tmp/mine.db", "--db")]
    [InlineData("status --db=/tmp/mine.db", "--db")]
    [InlineData("status --db:/tmp/mine.db", "--db")]
    [InlineData("undo --player:sam", "--player")]
    [InlineData("quest --catalog:/tmp/c.json", "--catalog")]
    [InlineData("quest --catalog /tmp/c.json", "--catalog")]
    [InlineData("status @/tmp/args.rsp", "@/tmp/args.rsp")]
    [InlineData("import all.json", "\"import\" is not available")]
    [InlineData("backup /tmp/x.db", "\"backup\" is not available")]
    [InlineData("export", "\"export\" is not available")]
    [InlineData("player add eve --name Eve", "\"player\" is not available")]
    [InlineData("couple link alex eve", "\"couple\" is not available")]
    [InlineData("ssh-key-line --player sam k.pub", "\"ssh-key-line\" is not available")]
    [InlineData("--db /tmp/x status", "\"--db\" is not available")]
    [InlineData("rm -rf /", "\"rm\" is not available")]
    [InlineData("status 'unclosed", "unclosed quote")]
    [InlineData("status \u001b[2J", "control characters")]
    public void Anything_else_is_refused_in_one_line(string original, string mentioned)
    {
        SshDecision decision = Decide(original)!;
        Assert.Null(decision.Args);
        Assert.StartsWith("Refused", decision.Refusal);
        Assert.Contains(mentioned, decision.Refusal);
        Assert.DoesNotContain('\n', decision.Refusal!);
        Assert.DoesNotContain('\u001b', decision.Refusal!);
    }

    [Fact]
    public void A_key_without_a_player_is_refused_outright()
    {
        SshDecision decision = Decide("status", ["--db", "/srv/sq/sq.db"])!;
        Assert.Null(decision.Args);
        Assert.Contains("needs --player", decision.Refusal);
    }

    [Theory]
    [InlineData("a b", new[] { "a", "b" })]
    [InlineData("a 'b c' \"d e\" f\\ g", new[] { "a", "b c", "d e", "f g" })]
    [InlineData("'$HOME' \"`x`\" $(y)", new[] { "$HOME", "`x`", "$(y)" })]
    [InlineData("   ", new string[0])]
    public void Words_split_like_a_shell_without_any_expansion(string text, string[] words) =>
        Assert.Equal(words, CommandLineSplitter.Split(text, out _));
}
