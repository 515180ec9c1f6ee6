using System.CommandLine;
using System.Text.Json;
using StrengthQuest.Cli.Json;
using StrengthQuest.Cli.Text;
using StrengthQuest.Core;
using StrengthQuest.Hosting;
using StrengthQuest.Storage.Doors;

namespace StrengthQuest.Cli;

/// <summary><c>keys</c>, <c>keys code</c>, <c>keys remove</c> and the operator's <c>keys add</c>: the SSH keys a player plays with.</summary>
internal static class KeysCommands
{
    public static Command Keys(CliRuntime runtime)
    {
        Option<string> player = Options.Player();
        player.Recursive = true;
        Option<bool> json = Options.Json();
        Command keys = new("keys", "List your SSH keys (fingerprint, added, last used); add a device with keys code.") { player, json };
        keys.SetAction(parse => runtime.Run(parse, game =>
        {
            string handle = parse.GetValue(player)!;
            IReadOnlyList<PlayerKey> list = game.Keys(handle);
            string? inUse = parse.GetValue(runtime.KeyOption);
            if (parse.GetValue(json))
            {
                List<KeyJson> rows = [.. list.Select(k => new KeyJson(k.Fingerprint, Storage.Database.Timestamps.Format(k.AddedAt), k.LastUsedAt is { } at ? Storage.Database.Timestamps.Format(at) : null, k.Fingerprint == inUse))];
                runtime.Out.WriteLine(JsonSerializer.Serialize(rows, CliJson.Default.ListKeyJson));
                return ExitCodes.Ok;
            }

            foreach (string line in DoorsText.Keys(list, inUse, game.Time.GetUtcNow()))
            {
                runtime.Out.WriteLine(line);
            }

            return ExitCodes.Ok;
        }));

        Command code = new("code", "Print a one-time code that lets a new device's key join you at sign-up.");
        code.SetAction(parse => runtime.Run(parse, game =>
        {
            Services.IssuedCode issued = game.DeviceCode(parse.GetValue(player)!);
            foreach (string line in DoorsText.DeviceCode(issued, game.Find(parse.GetValue(player)!), game.Catalog.Rules.Host.DeviceCodeValidMinutes))
            {
                runtime.Out.WriteLine(line);
            }

            return ExitCodes.Ok;
        }));

        Argument<string> fingerprint = new("FINGERPRINT") { Description = "The key's fingerprint, SHA256:… as keys lists it." };
        Command remove = new("remove", "Remove one of your keys (never the one you are using).") { fingerprint };
        remove.SetAction(parse => runtime.Run(parse, game =>
        {
            string handle = parse.GetValue(player)!;
            string which = parse.GetValue(fingerprint)!.Trim();
            game.RemoveKey(handle, which, parse.GetValue(runtime.KeyOption));
            runtime.Out.WriteLine($"Removed the key {which} from {handle}: it can no longer play as {handle}.");
            return ExitCodes.Ok;
        }));

        Argument<string> keyFile = new("KEYFILE") { Description = "A public key file (e.g. id_ed25519.pub)." };
        Command add = new("add", "Operator: let a public key play as this player (over SSH, new keys join with keys code).") { keyFile };
        add.SetAction(parse => runtime.Run(parse, game =>
        {
            string handle = parse.GetValue(player)!;
            string path = parse.GetValue(keyFile)!;
            string added = Ssh.KeyFile.Fingerprint(path);
            game.AddKey(handle, added);
            runtime.Out.WriteLine($"Added the key {added} to {handle}: it plays as {handle} on this host.");
            return ExitCodes.Ok;
        }));

        keys.Add(code);
        keys.Add(remove);
        keys.Add(add);
        return keys;
    }
}
