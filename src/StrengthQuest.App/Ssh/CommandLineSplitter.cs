using System.Text;

namespace StrengthQuest.Ssh;

/// <summary>
/// Splits an SSH client's command the way a POSIX shell would split words — quotes and backslashes
/// only, never expansion, globbing or substitution — and rejects control characters.
/// </summary>
public static class CommandLineSplitter
{
    /// <summary>The words, or null (with <paramref name="problem"/>) when the text cannot be split.</summary>
    public static IReadOnlyList<string>? Split(string text, out string? problem)
    {
        problem = null;
        if (text.Any(c => char.IsControl(c) && c is not ' ' and not '\t'))
        {
            problem = "The command contains control characters.";
            return null;
        }

        List<string> words = [];
        StringBuilder word = new();
        bool inWord = false;
        char quote = '\0';
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quote == '\'')
            {
                if (c == '\'')
                {
                    quote = '\0';
                }
                else
                {
                    word.Append(c);
                }
            }
            else if (quote == '"')
            {
                if (c == '"')
                {
                    quote = '\0';
                }
                else if (c == '\\' && i + 1 < text.Length && text[i + 1] is '"' or '\\' or '$' or '`')
                {
                    word.Append(text[++i]);
                }
                else
                {
                    word.Append(c);
                }
            }
            else if (c is ' ' or '\t')
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }
            }
            else
            {
                inWord = true;
                if (c is '\'' or '"')
                {
                    quote = c;
                }
                else if (c == '\\' && i + 1 < text.Length)
                {
                    word.Append(text[++i]);
                }
                else
                {
                    word.Append(c);
                }
            }
        }

        if (quote != '\0')
        {
            problem = "The command has an unclosed quote.";
            return null;
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return words;
    }
}
