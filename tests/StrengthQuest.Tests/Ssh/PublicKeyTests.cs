using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using StrengthQuest.Ssh;
using StrengthQuest.Tests.Support;

namespace StrengthQuest.Tests.Ssh;

/// <summary>Keys as sshd hands them to the authorized-keys command: checked before anything is printed, fingerprinted as ssh-keygen does.</summary>
public class PublicKeyTests
{
    private const string Ed25519 = "AAAAC3NzaC1lZDI1NTE5AAAAIKm3b1c2d3e4f5g6h7i8j9k0lmnopqrstuvwxyzABCDE";

    [Fact]
    public void Our_sha256_agrees_with_the_platforms_on_every_length_around_a_block()
    {
        Random random = new(13);
        for (int length = 0; length < 300; length++)
        {
            byte[] data = new byte[length];
            random.NextBytes(data);
            Assert.Equal(SHA256.HashData(data), Sha256.Hash(data));
        }
    }

    [Fact]
    public void A_known_key_has_its_known_fingerprint() =>
        Assert.Equal("SHA256:" + Convert.ToBase64String(SHA256.HashData(Convert.FromBase64String(Ed25519))).TrimEnd('='), PublicKey.Fingerprint("ssh-ed25519", Ed25519));

    [Theory]
    [InlineData("ed25519", "256")]
    [InlineData("ecdsa", "256")]
    [InlineData("ecdsa", "384")]
    [InlineData("ecdsa", "521")]
    [InlineData("rsa", "2048")]
    public void Fingerprints_are_the_ones_ssh_keygen_prints(string type, string bits)
    {
        if (!File.Exists("/usr/bin/ssh-keygen"))
        {
            return;
        }

        using TempFolder folder = new();
        string key = folder.File("key");
        Shell.Must("ssh-keygen", "-q", "-t", type, "-b", bits, "-N", "", "-f", key);
        string[] line = File.ReadAllText(key + ".pub").Split(' ');
        string expected = Shell.Must("ssh-keygen", "-l", "-E", "sha256", "-f", key + ".pub").Split(' ')[1];
        Assert.Equal(expected, PublicKey.Fingerprint(line[0], line[1]));
        Assert.True(PublicKey.IsFingerprint(expected));
    }

    [Theory]
    [InlineData("ssh-ed25519", Ed25519 + ";rm -rf /")]
    [InlineData("ssh-ed25519", "$(touch /tmp/owned)")]
    [InlineData("ssh-ed25519", "`id`")]
    [InlineData("ssh-ed25519", Ed25519 + " extra")]
    [InlineData("ssh-ed25519", Ed25519 + "\nssh-ed25519 AAAA")]
    [InlineData("ssh-ed25519", "AAAAC3NzaC1lZDI1NTE5AAAAIKm3b1c2d3e4f5g6h7i8j9k0lmnopqrstuvwxyzABCD")] // one byte short, and not whole base64
    [InlineData("ssh-ed25519", "")]
    [InlineData("ssh-rsa", Ed25519)] // the type inside says ed25519
    [InlineData("ssh-dss", Ed25519)]
    [InlineData("ssh-ed25519-cert-v01@openssh.com", Ed25519)]
    [InlineData("ssh-ed25519;id", Ed25519)]
    public void Malformed_keys_and_tokens_with_shell_metacharacters_have_no_fingerprint(string type, string key) =>
        Assert.Null(PublicKey.Fingerprint(type, key));

    [Fact]
    public void Trailing_bytes_a_short_point_and_non_canonical_base64_are_refused()
    {
        byte[] good = Convert.FromBase64String(Ed25519);
        Assert.NotNull(PublicKey.Blob("ssh-ed25519", Ed25519));
        Assert.Null(PublicKey.Blob("ssh-ed25519", Convert.ToBase64String([.. good, 0])));
        Assert.Null(PublicKey.Blob("ssh-ed25519", Convert.ToBase64String(Wire("ssh-ed25519", new byte[31]))));
        Assert.NotNull(PublicKey.Blob("ssh-ed25519", Convert.ToBase64String(Wire("ssh-ed25519", new byte[32]))));

        // The same bytes with stray bits in the padding: another spelling of one key.
        byte[] point = new byte[65];
        point[0] = 0x04;
        string ecdsa = Convert.ToBase64String(Wire("ecdsa-sha2-nistp256", "nistp256", point));
        Assert.NotNull(PublicKey.Blob("ecdsa-sha2-nistp256", ecdsa));
        Assert.EndsWith("A=", ecdsa);
        Assert.Null(PublicKey.Blob("ecdsa-sha2-nistp256", ecdsa[..^2] + "B="));
    }

    [Fact]
    public void A_length_field_past_the_end_is_refused()
    {
        byte[] wire = Wire("ssh-ed25519", new byte[32]);
        BinaryPrimitives.WriteUInt32BigEndian(wire.AsSpan(4 + 11), uint.MaxValue);
        Assert.Null(PublicKey.Blob("ssh-ed25519", Convert.ToBase64String(wire)));
    }

    private static byte[] Wire(params object[] fields)
    {
        List<byte> bytes = [];
        foreach (object field in fields)
        {
            byte[] value = field is string text ? Encoding.ASCII.GetBytes(text) : (byte[])field;
            byte[] length = new byte[4];
            BinaryPrimitives.WriteUInt32BigEndian(length, (uint)value.Length);
            bytes.AddRange(length);
            bytes.AddRange(value);
        }

        return [.. bytes];
    }
}
