using System.CommandLine;
using StrengthQuest.Cli;
using StrengthQuest.Tests.Support;

namespace StrengthQuest.Tests.Cli;

/// <summary>
/// A command builds only the verb it runs (CliApp.InvokedVerb): its help and errors must read
/// exactly as with every verb built, and anything not plainly one verb must still get them all.
/// </summary>
public class LeanCommandLineTests
{
    public static TheoryData<string> VerbNames() => [.. CliApp.Verbs.Select(v => v.Name)];

    [Theory]
    [MemberData(nameof(VerbNames))]
    public void Each_verb_is_built_under_the_name_it_is_found_by(string name)
    {
        Command verb = CliApp.Verbs.Single(v => v.Name == name).Build(Runtime(new StringWriter()));
        Assert.Equal(name, verb.Name);
        Assert.Empty(verb.Aliases);
    }

    [Theory]
    [MemberData(nameof(VerbNames))]
    public void A_verb_alone_helps_and_fails_as_with_every_verb(string name)
    {
        foreach (string[] words in Words(name))
        {
            Assert.Equal(Outcome(words, lean: false), Outcome(words, lean: true));
        }
    }

    [Theory]
    [InlineData("log", "log", "--player", "alex")]
    [InlineData("log", "--db", "x.db", "log")]
    [InlineData("status", "--db", "x.db", "--catalog", "c.json", "-p", "alex", "status", "--json")]
    [InlineData("player", "player", "add", "alex")]
    [InlineData("ssh-authorized-keys", "ssh-authorized-keys", "u", "t", "k")]
    [InlineData(null)]
    [InlineData(null, "--help")]
    [InlineData(null, "--version")]
    [InlineData(null, "--help", "log")]
    [InlineData(null, "lgo", "--player", "alex")]
    [InlineData(null, "--db", "log")]
    [InlineData(null, "--db", "--help", "log")]
    [InlineData(null, "--db=x.db", "log")]
    [InlineData(null, "--db", "x.db", "--", "log")]
    [InlineData(null, "[suggest]", "lo")]
    public void Only_words_that_plainly_run_one_verb_build_it_alone(string? verb, params string[] args) =>
        Assert.Equal(verb, CliApp.InvokedVerb(args));

    [Fact]
    public void The_real_binary_still_lists_every_verb_and_refuses_an_unknown_one()
    {
        using Support.Cli cli = new();
        string help = cli.Run("--help").Out;
        foreach ((string name, _) in CliApp.Verbs)
        {
            Assert.Contains($"  {name}", help);
        }

        CliResult typo = cli.Run("lgo", "--player", "alex");
        Assert.Equal(2, typo.ExitCode);
        Assert.Contains("'lgo'", typo.Err);
        Assert.EndsWith("See: strengthquest --help", typo.Err.Trim());
        Assert.Equal(0, cli.Run("--db", cli.Database, "log", "--help").ExitCode);
    }

    /// <summary>Help for the verb and each of its subcommands, and an unknown option and word under each.</summary>
    private static IEnumerable<string[]> Words(string name)
    {
        Command verb = CliApp.Verbs.Single(v => v.Name == name).Build(Runtime(new StringWriter()));
        IEnumerable<string[]> paths = [[name], .. verb.Subcommands.Select(c => new[] { name, c.Name })];
        foreach (string[] path in paths)
        {
            yield return [.. path, "--help"];
            yield return [.. path, "--no-such-option"];
            yield return [.. path, "--db", "x.db", "stray", "words"];
            yield return ["--db", "x.db", .. path, "-h"];
        }
    }

    /// <summary>What the parser makes of the words: its errors, or what --help prints.</summary>
    private static string Outcome(string[] words, bool lean)
    {
        StringWriter output = new();
        RootCommand root = CliApp.Build(Runtime(output), (_, _, _) => 0, lean ? CliApp.InvokedVerb(words) : null);
        ParseResult parse = root.Parse(words, new ParserConfiguration { ResponseFileTokenReplacer = null });
        string errors = string.Join("\n", parse.Errors.Select(e => e.Message));
        if (parse.Errors.Count == 0 && words.Any(w => w is "--help" or "-h"))
        {
            parse.Invoke(new InvocationConfiguration { Output = output, Error = output, EnableDefaultExceptionHandler = false });
        }

        return $"{errors}\n---\n{output}";
    }

    private static CliRuntime Runtime(TextWriter output) => new(_ => null, output, output);
}
