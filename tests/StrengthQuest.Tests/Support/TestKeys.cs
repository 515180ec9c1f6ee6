using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace StrengthQuest.Tests.Support;

/// <summary>Public keys made up for a test (no ssh-keygen needed), with their fingerprints computed independently.</summary>
public sealed record TestKey(string Type, string Base64)
{
    public string Line => $"{Type} {Base64} test@key";

    public string Fingerprint => "SHA256:" + Convert.ToBase64String(SHA256.HashData(Convert.FromBase64String(Base64))).TrimEnd('=');

    /// <summary>A fresh ed25519 public key (32 random bytes as its point).</summary>
    public static TestKey NewEd25519()
    {
        byte[] type = Encoding.ASCII.GetBytes("ssh-ed25519");
        byte[] blob = new byte[4 + type.Length + 4 + 32];
        BinaryPrimitives.WriteUInt32BigEndian(blob, (uint)type.Length);
        type.CopyTo(blob, 4);
        BinaryPrimitives.WriteUInt32BigEndian(blob.AsSpan(4 + type.Length), 32);
        RandomNumberGenerator.Fill(blob.AsSpan(8 + type.Length));
        return new TestKey("ssh-ed25519", Convert.ToBase64String(blob));
    }

    /// <summary>Writes the key's .pub file into <paramref name="folder"/>; returns its path.</summary>
    public string Save(string folder)
    {
        string path = System.IO.Path.Combine(folder, Guid.NewGuid().ToString("N")[..8] + ".pub");
        File.WriteAllText(path, Line + "\n");
        return path;
    }
}
