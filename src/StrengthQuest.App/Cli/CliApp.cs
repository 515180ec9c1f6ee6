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

        RootCommand root = Build(runtime, play);
        // No response files (@file): an SSH client's words must never expand into more options.
        ParseResult parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parse.Action is ParseErrorAction && parse.Errors.Count > 0)
        {
            string message = parse.Errors[0].Message.TrimEnd('.');
            return runtime.Fail(ExitCodes.Usage, $"{message}. See: strengthquest --help");
        }

        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
    }

    public static RootCommand Build(CliRuntime runtime, Func<ParseResult, CliRuntime, string?, int> play)
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
            PlayerCommands.Player(runtime),
            PlayerCommands.Couple(runtime),
            LogCommand.Build(runtime),
            SessionCommands.Session(runtime),
            SessionCommands.Undo(runtime),
            ReadCommands.Status(runtime),
            ReadCommands.Quest(runtime),
            ReadCommands.History(runtime),
            ReadCommands.Nudge(runtime),
            RecapCommand.Build(runtime),
            RemindCommand.Build(runtime),
            DataCommands.Backup(runtime),
            DataCommands.Export(runtime),
            DataCommands.Import(runtime),
            MigrateCommand.Build(runtime),
            SshCommands.KeyLine(runtime),
            KeysCommands.Keys(runtime),
            InviteCommands.Invite(runtime),
            InviteCommands.Join(runtime),
            BoardCommands.Board(runtime),
            HostCommands.AuthorizedKeys(runtime),
            HostCommands.HostSetup(runtime),
        };
        root.SetAction(parse => play(parse, runtime, parse.GetValue(player)));
        return root;
    }
}
