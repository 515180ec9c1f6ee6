using System.CommandLine;
using StrengthQuest.Core;
using StrengthQuest.Hosting;
using StrengthQuest.Ssh;

namespace StrengthQuest.Cli;

/// <summary><c>ssh-key-line</c>: the authorized_keys line for a partner's public key.</summary>
internal static class SshCommands
{
    public static Command KeyLine(CliRuntime runtime)
    {
        Option<string> player = Options.Player();
        Argument<string> keyFile = Options.NotBlank(
            new Argument<string>("KEYFILE") { Description = "The partner's public key (e.g. id_ed25519.pub)." }, "ssh-key-line", "the path of a public key file");
        Command command = new("ssh-key-line", "Print the authorized_keys line that ties a public key to a player.") { player, keyFile };
        command.SetAction(parse =>
        {
            if (Storage.Database.DatabaseLocation.HasPassword(runtime.DatabasePath(parse)))
            {
                // Refused before connecting: the line would carry the password into authorized_keys.
                return runtime.Fail(ExitCodes.InvalidData, Storage.Database.DatabaseLocation.PasswordInCommandLine);
            }

            return runtime.Run(parse, game =>
            {
                string handle = game.Find(parse.GetValue(player)!).Handle;
                string binary = Environment.ProcessPath ?? "strengthquest";
                if (Ssh.KeyLine.PathProblem(binary, game.Database.FilePath) is { } unfit)
                {
                    throw new GameDataException(unfit);
                }

                string path = parse.GetValue(keyFile)!;
                string text;
                try
                {
                    text = Storage.Files.SmallFile.ReadText(path, Ssh.KeyLine.MaxFileBytes);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw new GameDataException($"Cannot read {path}: {e.Message.TrimEnd('.')}.");
                }

                string line = Ssh.KeyLine.For(text, binary, game.Database.FilePath, handle, out string? problem)
                    ?? throw new GameDataException($"{path}: {problem}");
                runtime.Out.WriteLine(line);
                return ExitCodes.Ok;
            });
        });
        return command;
    }
}
