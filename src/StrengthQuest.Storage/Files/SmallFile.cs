using System.Text;

namespace StrengthQuest.Storage.Files;

/// <summary>
/// Reads a file that should be small, never more than a limit: a huge file, a device like /dev/zero
/// or an endless pipe fails at once with <see cref="IOException"/> instead of filling memory or hanging.
/// </summary>
public static class SmallFile
{
    public static byte[] ReadBytes(string path, int maxBytes)
    {
        if (Directory.Exists(path))
        {
            throw new IOException("it is a folder, not a file");
        }

        using FileStream stream = new(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        string tooBig = $"it holds more than {(maxBytes >= 1 << 20 ? $"{maxBytes >> 20} MB" : $"{maxBytes >> 10} KB")}, more than such a file ever should";
        if (stream.CanSeek && stream.Length > maxBytes)
        {
            throw new IOException(tooBig);
        }

        byte[] buffer = new byte[Math.Min(maxBytes + 1L, stream.CanSeek && stream.Length > 0 ? stream.Length + 1 : 64 * 1024)];
        int total = 0;
        while (true)
        {
            if (total == buffer.Length)
            {
                if (buffer.Length > maxBytes)
                {
                    throw new IOException(tooBig);
                }

                Array.Resize(ref buffer, (int)Math.Min(maxBytes + 1L, buffer.Length * 2L));
            }

            int read = stream.Read(buffer, total, buffer.Length - total);
            if (read == 0)
            {
                return buffer[..total];
            }

            total += read;
        }
    }

    /// <summary>The file as UTF-8 text (a byte-order mark is dropped).</summary>
    public static string ReadText(string path, int maxBytes)
    {
        byte[] bytes = ReadBytes(path, maxBytes);
        ReadOnlySpan<byte> text = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? bytes.AsSpan(Encoding.UTF8.Preamble.Length) : bytes;
        return Encoding.UTF8.GetString(text);
    }
}
