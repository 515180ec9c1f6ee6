using System.CommandLine;
using System.Globalization;
using System.CommandLine.Invocation;
using StrengthQuest.Hosting;

namespace StrengthQuest.Cli;

/// <summary>The command line: every verb, the global options, and how parse errors are reported.</summary>
internal static class CliApp
{
    /// <summary>The process entry of both executables: English throughout, UTF-8 out, then the verbs.</summary>
    public static int Main(string[] args, Func<ParseResult, CliRuntime, string?, int> play)
    {
        // The game speaks English; Humanizer and dates follow the UI culture, whatever LANG says.
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = Text.Humane.English;
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = Text.Humane.English;
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        return Run(args, Environment.GetEnvironmentVariable, Console.Out, Console.Error, play);
    }

    public static int Run(string[] args, Func<string, string?> environment, TextWriter output, TextWriter error, Func<ParseResult, CliRuntime, string?, int> play)
    {
        Ssh.SshDecision? ssh = Ssh.SshGate.Decide(args, environment);
        CliRuntime runtime = new(environment, output, error) { OverSsh = ssh is not null };
        if (ssh is not null)
        {
            if (ssh.Refusal is { } refusal)
            {
                return runtime.Fail(ExitCodes.Usage, refusal);
            }

            args = [.. ssh.Args!];
            if (ssh is { Key: { } key, IsCommand: true })
            {
                // A host where keys sign up: the client's command runs for the key's owner.
                string? handle = null;
                int code = runtime.Guarded(() => (handle = KeyOwner.Find(runtime, ssh.Database, key)) is null
                    ? runtime.Fail(ExitCodes.InvalidData, KeyOwner.SignUpHint(environment))
                    : ExitCodes.Ok);
                if (handle is null)
                {
                    return code;
                }

                args = [.. args, "--player", handle];
            }
        }

        RootCommand root = Build(runtime, play, InvokedVerb(args));
        // No response files (@file): an SSH client's words must never expand into more options.
        ParseResult parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parse.Action is ParseErrorAction && parse.Errors.Count > 0)
        {
            string message = parse.Errors[0].Message.TrimEnd('.');
            return runtime.Fail(ExitCodes.Usage, $"{message}. See: strengthquest --help");
        }

        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
    }

    /// <summary>Every verb, by the name it is invoked with; each is built only when the command line may need it.</summary>
    internal static readonly (string Name, Func<CliRuntime, Command> Build)[] Verbs =
    [
        ("player", PlayerCommands.Player),
        ("couple", PlayerCommands.Couple),
        ("log", LogCommand.Build),
        ("session", SessionCommands.Session),
        ("undo", SessionCommands.Undo),
        ("status", ReadCommands.Status),
        ("quest", ReadCommands.Quest),
        ("history", ReadCommands.History),
        ("nudge", ReadCommands.Nudge),
        ("recap", RecapCommand.Build),
        ("remind", RemindCommand.Build),
        ("backup", DataCommands.Backup),
        ("export", DataCommands.Export),
        ("import", DataCommands.Import),
        ("migrate", MigrateCommand.Build),
        ("ssh-key-line", SshCommands.KeyLine),
        ("keys", KeysCommands.Keys),
        ("invite", InviteCommands.Invite),
        ("join", InviteCommands.Join),
        ("board", BoardCommands.Board),
        (Ssh.AuthorizedKeys.Verb, HostCommands.AuthorizedKeys),
        ("host-setup", HostCommands.HostSetup),
    ];

    /// <summary>The global options that take a value (the verb may come after them).</summary>
    private static readonly string[] GlobalValueOptions = ["--db", "--catalog", "--key", "--max-players", "--player", "-p"];

    /// <summary>
    /// The verb these words run when they plainly name one: global options, each with a value, then
    /// the verb. Anything else (no verb, --help or --version first, a typo, an option written
    /// another way) is null, and gets every verb, so its help, errors and suggestions stay the same.
    /// </summary>
    internal static string? InvokedVerb(IReadOnlyList<string> args)
    {
        int i = 0;
        while (i + 1 < args.Count && Array.IndexOf(GlobalValueOptions, args[i]) >= 0 && !args[i + 1].StartsWith('-') && !IsVerb(args[i + 1]))
        {
            i += 2;
        }

        return i < args.Count && IsVerb(args[i]) ? args[i] : null;
    }

    private static bool IsVerb(string word) => Array.Exists(Verbs, v => v.Name == word);

    /// <summary>
    /// The command line with every verb — or, given the one invoked, with only that verb: a command
    /// runs one verb, and building the other twenty cost each run ~0.15 ms. Below the verb nothing
    /// differs (its options, its help, its errors), and the global options are the same.
    /// </summary>
    public static RootCommand Build(CliRuntime runtime, Func<ParseResult, CliRuntime, string?, int> play, string? verb = null)
    {
        Option<string?> player = Options.NotBlank(
            new Option<string?>("--player", "-p")
            {
                Description = "Play as this player (with one player on file it is chosen; otherwise a picker).",
                HelpName = "HANDLE",
            },
            "a player's handle");
        RootCommand root = new("StrengthQuest — knees-over-toes strength training as a game for two. With no command, opens the full-screen game.")
        {
            runtime.DbOption,
            runtime.CatalogOption,
            runtime.KeyOption,
            runtime.MaxPlayersOption,
            player,
        };
        foreach ((string name, Func<CliRuntime, Command> build) in Verbs)
        {
            if (verb is null || verb == name)
            {
                root.Add(build(runtime));
            }
        }

        root.SetAction(parse => play(parse, runtime, parse.GetValue(player)));
        return root;
    }
}
