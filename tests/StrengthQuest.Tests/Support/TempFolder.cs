namespace StrengthQuest.Tests.Support;

/// <summary>A private temporary folder, deleted with everything in it when the test ends.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder(string? root = null)
    {
        Path = System.IO.Path.Combine(root ?? System.IO.Path.GetTempPath(), "sq-test-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A mount or a lingering process may hold it; the OS cleans /tmp.
        }
    }
}
