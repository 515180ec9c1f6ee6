using System.CommandLine;
using System.Globalization;
using StrengthQuest.Core;
using StrengthQuest.Hosting;
using StrengthQuest.Ssh;

namespace StrengthQuest.Cli;

/// <summary><c>ssh-authorized-keys</c> (sshd's AuthorizedKeysCommand) and <c>host-setup</c>: a host where any key signs up.</summary>
internal static class HostCommands
{
    public const string DefaultDatabase = "/var/lib/strengthquest/strengthquest.db";

    /// <summary>
    /// Listed for --help. Run as the first word, the executable takes a shorter way to the same code
    /// (Program.cs) — this is for a launch with global options before the verb.
    /// </summary>
    public static Command AuthorizedKeys(CliRuntime runtime)
    {
        Argument<string[]> tokens = new("USER TYPE KEY") { Description = "sshd's %u %t %k.", Arity = new ArgumentArity(0, 3) };
        Command command = new(Ssh.AuthorizedKeys.Verb, "For sshd's AuthorizedKeysCommand (%u %t %k): the key line that lets a well-formed key in to sign up or play; nothing otherwise.")
        {
            tokens,
        };
        command.SetAction(parse =>
        {
            List<string> args = [Ssh.AuthorizedKeys.Verb, .. parse.GetValue(tokens) ?? []];
            if (parse.GetValue(runtime.DbOption) is { } db)
            {
                args.AddRange(["--db", db]);
            }

            if (parse.GetValue(runtime.MaxPlayersOption) is { } max)
            {
                args.AddRange(["--max-players", max]);
            }

            string? line = Ssh.AuthorizedKeys.Line(args, Environment.ProcessPath ?? "strengthquest", out int code, out string? problem);
            if (line is null)
            {
                return runtime.Fail(code, problem!);
            }

            runtime.Out.WriteLine(line);
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command HostSetup(CliRuntime runtime)
    {
        Option<string> user = new("--user") { Description = "The service account players log in as (e.g. sq).", HelpName = "NAME", Required = true };
        Option<string?> keysUser = new("--keys-user") { Description = "The account sshd runs the key command as (default: NAME-keys).", HelpName = "NAME" };
        Command command = new("host-setup", $"Print how to run a host where any SSH key signs up: accounts and the sshd_config block (--db, default {DefaultDatabase}; --max-players caps sign-ups).")
        {
            user,
            keysUser,
        };
        command.SetAction(parse => runtime.Guarded(() =>
        {
            string name = parse.GetValue(user)!;
            string database = parse.GetValue(runtime.DbOption) ?? DefaultDatabase;
            if (Storage.Database.DatabaseLocation.HasPassword(database))
            {
                throw new GameDataException(Storage.Database.DatabaseLocation.PasswordInCommandLine);
            }

            int? max = runtime.MaxPlayers(parse);

            string binary = Environment.ProcessPath ?? "/opt/strengthquest/strengthquest";
            string text = Ssh.HostSetup.Text(binary, name, parse.GetValue(keysUser) ?? name + "-keys", Storage.Database.DatabaseLocation.IsServer(database) ? database : Path.GetFullPath(database), max, out string? problem)
                ?? throw new GameDataException(problem!);
            runtime.Out.Write(text + "\n");
            if (Ssh.HostSetup.UnsafeFolder(binary) is { } unsafeFolder)
            {
                runtime.Error.WriteLine($"Note: sshd will refuse {binary} as it is: {unsafeFolder} is writable by others than root. Install it under a root-owned folder such as /opt/strengthquest and run host-setup from there.");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
