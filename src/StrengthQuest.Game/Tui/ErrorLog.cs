using System.Globalization;
using System.Text;

namespace StrengthQuest.Tui;

/// <summary>
/// Where the game writes what went wrong inside a screen, for whoever fixes it:
/// $XDG_STATE_HOME/strengthquest/errors.log (normally ~/.local/state/strengthquest/errors.log).
/// The folder is 0700 and the file 0600: a stack trace can hold names and paths.
/// </summary>
public sealed class ErrorLog(string path)
{
    private const UnixFileMode PrivateFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode PrivateFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public string Path => path;

    public static ErrorLog FromEnvironment(Func<string, string?> environment)
    {
        string stateHome = environment("XDG_STATE_HOME") is { Length: > 0 } xdg && System.IO.Path.IsPathRooted(xdg)
            ? xdg
            : System.IO.Path.Combine(environment("HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "state");
        return new ErrorLog(System.IO.Path.Combine(stateHome, "strengthquest", "errors.log"));
    }

    /// <summary>Appends one report. Never throws: a log that cannot be written must not end the game either.</summary>
    public bool Write(DateTimeOffset at, string where, Exception error)
    {
        try
        {
            string folder = System.IO.Path.GetDirectoryName(path)!;
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(folder);
                File.AppendAllText(path, Report(at, where, error));
                return true;
            }

            Directory.CreateDirectory(folder, PrivateFolder);
            File.SetUnixFileMode(folder, PrivateFolder);
            FileStreamOptions options = new() { Mode = FileMode.Append, Access = FileAccess.Write, UnixCreateMode = PrivateFile };
            using (FileStream stream = new(path, options))
            using (StreamWriter writer = new(stream, new UTF8Encoding(false)))
            {
                writer.Write(Report(at, where, error));
            }

            // A file made by something else (or an older version) is closed to others too.
            File.SetUnixFileMode(path, PrivateFile);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return false;
        }
    }

    /// <summary>One entry: when, where, and the exception with its stack, without terminal control characters.</summary>
    public static string Report(DateTimeOffset at, string where, Exception error)
    {
        StringBuilder text = new();
        text.Append(at.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture)).Append(' ').Append(where).Append('\n');
        foreach (char c in error.ToString())
        {
            text.Append(c is '\n' or '\t' || !char.IsControl(c) ? c : '?');
        }

        return text.Append("\n\n").ToString();
    }
}
