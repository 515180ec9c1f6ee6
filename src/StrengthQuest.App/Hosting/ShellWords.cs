namespace StrengthQuest.Hosting;

/// <summary>Words written for a POSIX shell to read back exactly as they are.</summary>
public static class ShellWords
{
    /// <summary>Single-quotes a word: inside '…' only ' itself needs care.</summary>
    public static string Quote(string word) => "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    /// <summary>The word as it is when a shell would read it unchanged, else quoted.</summary>
    public static string QuoteIfNeeded(string word) =>
        word.Length > 0 && word.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' or '/' or ':' or '=' or '@' or ',' or '+')
            ? word
            : Quote(word);
}
