using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using StrengthQuest.Hosting;
using StrengthQuest.Storage.Database;

namespace StrengthQuest.Cli;

/// <summary>Options shared by several verbs, with parse errors in plain words.</summary>
internal static class Options
{
    public static Option<string> Player(bool required = true) => new("--player", "-p")
    {
        Description = "The player's handle.",
        HelpName = "HANDLE",
        Required = required,
    };

    public static Option<bool> Json() => new("--json") { Description = "Print JSON instead of text." };

    public static Option<int?> Number(string name, string helpName, string description) => new(name)
    {
        Description = description,
        HelpName = helpName,
        CustomParser = result =>
        {
            string text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value))
            {
                return value;
            }

            result.AddError($"{name} takes a whole number, not \"{text}\".");
            return null;
        },
    };

    public static Option<string?> Day(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "YYYY-MM-DD",
    };

    /// <summary>Reads a YYYY-MM-DD option; a malformed one is a usage error.</summary>
    public static DateOnly? ParseDay(ParseResult parse, Option<string?> option)
    {
        string? text = parse.GetValue(option);
        if (text is null)
        {
            return null;
        }

        return Timestamps.TryParseDay(text, out DateOnly day)
            ? day
            : throw new UsageException($"{option.Name} takes a date like 2026-11-24, not \"{text}\".");
    }
}
