using StrengthQuest.Tests.Support;
using StrengthQuest.TestSupport;

namespace StrengthQuest.Tests.Cli;

/// <summary>invite and join: a single-use code that expires, one sentence and exit 3 for a bad one, and guessing slowed down.</summary>
public class InviteVerbTests
{
    private static Support.Cli Players(Engine engine)
    {
        Support.Cli cli = new("2026-11-24T10:00:00Z", engine);
        foreach (string handle in new[] { "alex", "sam", "kim" })
        {
            Assert.Equal(0, cli.Run("player", "add", handle, "--name", char.ToUpperInvariant(handle[0]) + handle[1..], "--tz", "UTC").ExitCode);
        }

        return cli;
    }

    private static string Invite(Support.Cli cli, string handle)
    {
        CliResult invite = cli.Run("invite", "--player", handle);
        Assert.True(invite.ExitCode == 0, invite.ToString());
        Assert.Contains("It works once, for 72 hours (until Fri 27 Nov 10:00 UTC)", invite.Out);
        return invite.Out.Split('\n')[0].Split(' ')[^1];
    }

    private static void Refused(CliResult result, string sentence)
    {
        Assert.Equal(3, result.ExitCode);
        Assert.Equal(sentence, result.Err.Trim());
        Assert.Equal("", result.Out);
    }

    private static long Couples(Support.Cli cli) => Sqlite.Scalar<long>(cli.Database, "SELECT count(*) FROM couples");

    [Theory, OnSqlite, OnPostgres]
    public void An_invite_links_the_couple_once(Engine engine)
    {
        using Support.Cli cli = Players(engine);
        string code = Invite(cli, "alex");
        Assert.Equal(0, cli.Run("join", code.Replace("-", " ", StringComparison.Ordinal), "--player", "sam").ExitCode);
        Assert.Equal("sam", Json.Parse(cli.Run("status", "--player", "alex", "--json")).Str("coop.partner"));

        Refused(cli.Run("join", code, "--player", "kim"), "That invite code was already used; ask for a new one.");
        Assert.Equal(1L, Couples(cli));
    }

    [Theory, OnSqlite, OnPostgres]
    public void A_wrong_or_expired_code_is_one_sentence_and_links_nobody(Engine engine)
    {
        using Support.Cli cli = Players(engine);
        string code = Invite(cli, "alex");
        Refused(cli.Run("join", "ABCD-EFGH", "--player", "sam"), "That is not a valid invite code: check it, or ask for a new one.");
        Refused(cli.Run("join", "not a code at all", "--player", "kim"), "That is not a valid invite code: check it, or ask for a new one.");

        cli.Now = "2026-11-27T10:00:01Z";
        Refused(cli.Run("join", code, "--player", "sam"), "That invite code has expired; ask for a new one.");
        Assert.Equal(0L, Couples(cli));
    }

    [Theory, OnSqlite, OnPostgres]
    public void The_third_try_within_a_minute_is_refused_unread_until_the_minute_has_passed(Engine engine)
    {
        using Support.Cli cli = Players(engine);
        string code = Invite(cli, "alex");
        Refused(cli.Run("join", "ABCD-EFGH", "--player", "sam"), "That is not a valid invite code: check it, or ask for a new one.");
        cli.Now = "2026-11-24T10:00:20Z";
        Refused(cli.Run("join", "ABCD-EFGJ", "--player", "sam"), "That is not a valid invite code: check it, or ask for a new one.");

        // Even the right code waits: a guesser cannot tell a right guess from a refused one.
        cli.Now = "2026-11-24T10:00:30Z";
        CliResult third = cli.Run("join", code, "--player", "sam");
        Assert.Equal(3, third.ExitCode);
        Assert.StartsWith("Too many wrong codes in a row: wait 3", third.Err);
        Assert.Equal(0L, Couples(cli));

        // Someone else is not slowed down by sam's guesses.
        Refused(cli.Run("join", "ABCD-EFGK", "--player", "kim"), "That is not a valid invite code: check it, or ask for a new one.");

        cli.Now = "2026-11-24T10:01:01Z";
        Assert.Equal(0, cli.Run("join", code, "--player", "sam").ExitCode);
        Assert.Equal(1L, Couples(cli));
    }

    [Theory, OnSqlite, OnPostgres]
    public void Ones_own_code_a_partnered_player_and_a_new_invite_replacing_the_old_are_refused_plainly(Engine engine)
    {
        using Support.Cli cli = Players(engine);
        string first = Invite(cli, "alex");
        Refused(cli.Run("join", first, "--player", "alex"), "That is your own invite code: give it to your partner, who enters it.");
        string second = Invite(cli, "alex");
        Refused(cli.Run("join", first, "--player", "sam"), "That is not a valid invite code: check it, or ask for a new one.");
        Assert.Equal(0, cli.Run("join", second, "--player", "sam").ExitCode);

        CliResult again = cli.Run("invite", "--player", "sam");
        Assert.Equal(3, again.ExitCode);
        Assert.Equal("sam already plays with Alex; a player is in one couple at most.", again.Err.Trim());
        string kims = Invite(cli, "kim");
        Refused(cli.Run("join", kims, "--player", "alex"), "alex already plays with Sam; a player is in one couple at most.");
    }
}
