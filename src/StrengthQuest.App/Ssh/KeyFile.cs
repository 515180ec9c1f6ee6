using StrengthQuest.Core;

namespace StrengthQuest.Ssh;

/// <summary>A public key file an operator names (e.g. id_ed25519.pub): one key line, read with a size limit.</summary>
public static class KeyFile
{
    /// <summary>The fingerprint of the one public key in the file; a private key, or anything else, is invalid data.</summary>
    public static string Fingerprint(string path)
    {
        string text;
        try
        {
            text = Storage.Files.SmallFile.ReadText(path, KeyLine.MaxFileBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new GameDataException($"Cannot read {path}: {e.Message.TrimEnd('.')}.");
        }

        if (text.Contains("PRIVATE KEY", StringComparison.Ordinal))
        {
            throw new GameDataException($"{path} is a private key; give the public one (the .pub file), and keep the private key secret.");
        }

        string[] lines = [.. text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))];
        string[] parts = lines.Length == 1 ? lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
        return parts.Length >= 2 && PublicKey.Fingerprint(parts[0], parts[1]) is { } fingerprint
            ? fingerprint
            : throw new GameDataException($"{path} is not one OpenSSH public key (expected a line like \"ssh-ed25519 AAAA… name\").");
    }
}
