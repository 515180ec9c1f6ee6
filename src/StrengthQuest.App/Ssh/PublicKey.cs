using System.Buffers.Binary;
using System.Text;

namespace StrengthQuest.Ssh;

/// <summary>
/// An OpenSSH public key as sshd hands it to the authorized-keys command (%t and %k), checked
/// before anything is printed — sshd expands those tokens unescaped — and its SHA-256 fingerprint,
/// as ssh-keygen -l prints it. Certificates and DSA keys are not taken.
/// </summary>
public static class PublicKey
{
    public static readonly IReadOnlyList<string> Types =
    [
        "ssh-ed25519", "ssh-rsa", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521",
        "sk-ssh-ed25519@openssh.com", "sk-ecdsa-sha2-nistp256@openssh.com",
    ];

    /// <summary>The largest RSA key OpenSSH makes is 16384 bits: under 3 KB of base64.</summary>
    public const int MaxBase64Length = 4096;

    private const int Ed25519Length = 32;

    /// <summary>"SHA256:" and 43 characters of base64 without padding.</summary>
    public static bool IsFingerprint(string? text) =>
        text is { Length: 50 } && text.StartsWith("SHA256:", StringComparison.Ordinal) && text.AsSpan(7).ContainsAnyExcept(Base64Chars) is false;

    /// <summary>The key's fingerprint, or null when the type is not allowed or the key is not a well-formed key of that type.</summary>
    public static string? Fingerprint(string type, string base64)
    {
        byte[]? blob = Blob(type, base64);
        return blob is null ? null : "SHA256:" + Convert.ToBase64String(Sha256.Hash(blob)).TrimEnd('=');
    }

    /// <summary>The decoded key, when it is canonical base64 of a well-formed key of an allowed type.</summary>
    public static byte[]? Blob(string type, string base64)
    {
        if (!Types.Contains(type) || base64.Length is 0 or > MaxBase64Length || base64.Length % 4 != 0
            || base64.AsSpan().TrimEnd('=').ContainsAnyExcept(Base64Chars) || base64.Length - base64.AsSpan().TrimEnd('=').Length > 2)
        {
            return null;
        }

        byte[] blob;
        try
        {
            blob = Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            return null;
        }

        // Only one spelling of each key: stray bits in the padding would make another.
        return Convert.ToBase64String(blob) == base64 && WellFormed(type, blob) ? blob : null;
    }

    private static readonly System.Buffers.SearchValues<char> Base64Chars =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");

    private static bool WellFormed(string type, byte[] blob)
    {
        Reader key = new(blob);
        if (!key.Text(out string? embedded) || embedded != type)
        {
            return false;
        }

        bool fields = type switch
        {
            "ssh-ed25519" => key.Bytes(out byte[]? point) && point.Length == Ed25519Length,
            "sk-ssh-ed25519@openssh.com" => key.Bytes(out byte[]? point) && point.Length == Ed25519Length && key.Text(out _),
            "ssh-rsa" => key.Bytes(out byte[]? exponent) && key.Bytes(out byte[]? modulus) && IsRsa(exponent, modulus),
            "sk-ecdsa-sha2-nistp256@openssh.com" => IsEcdsa(ref key, "nistp256") && key.Text(out _),
            _ => IsEcdsa(ref key, type["ecdsa-sha2-".Length..]),
        };
        return fields && key.AtEnd;
    }

    private static bool IsEcdsa(ref Reader key, string curve)
    {
        int coordinate = curve switch { "nistp256" => 32, "nistp384" => 48, _ => 66 };
        return key.Text(out string? named) && named == curve
            && key.Bytes(out byte[]? point) && point.Length == 1 + (2 * coordinate) && point[0] == 0x04;
    }

    /// <summary>Positive integers (mpint) without leading zero bytes: an odd exponent and a modulus of 1024–16384 bits.</summary>
    private static bool IsRsa(byte[] exponent, byte[] modulus)
    {
        static bool Canonical(byte[] n) => n.Length > 0 && n[0] < 0x80 && (n[0] != 0 || (n.Length > 1 && n[1] >= 0x80));
        int bits = modulus.Length > 0 && modulus[0] == 0 ? (modulus.Length - 1) * 8 : modulus.Length * 8;
        return Canonical(exponent) && Canonical(modulus) && exponent.Length <= 8 && (exponent[^1] & 1) == 1 && bits is >= 1024 and <= 16384;
    }

    /// <summary>Reads the SSH wire format: each field a 32-bit big-endian length, then that many bytes.</summary>
    private ref struct Reader(byte[] data)
    {
        private int _at;

        public readonly bool AtEnd => _at == data.Length;

        public bool Bytes([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out byte[]? value)
        {
            value = null;
            if (data.Length - _at < 4)
            {
                return false;
            }

            uint length = BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(_at));
            if (length > (uint)(data.Length - _at - 4))
            {
                return false;
            }

            value = data.AsSpan(_at + 4, (int)length).ToArray();
            _at += 4 + (int)length;
            return true;
        }

        /// <summary>A field of printable ASCII (a type, a curve, a security key's application).</summary>
        public bool Text([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
        {
            value = Bytes(out byte[]? bytes) && bytes.Length is > 0 and <= 256 && bytes.All(b => b is > 0x20 and < 0x7F)
                ? Encoding.ASCII.GetString(bytes)
                : null;
            return value is not null;
        }
    }
}
