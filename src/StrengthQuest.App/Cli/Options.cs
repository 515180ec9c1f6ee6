using System.CommandLine;
using System.CommandLine.Parsing;
using StrengthQuest.Core;
using StrengthQuest.Core.Days;
using StrengthQuest.Core.Text;
using StrengthQuest.Hosting;
using StrengthQuest.Storage.Database;

namespace StrengthQuest.Cli;

/// <summary>
/// Options shared by several verbs, with errors in plain words. What is malformed (an empty path,
/// text where a number goes) is a usage error; a well-formed number out of its range is invalid data.
/// </summary>
internal static class Options
{
    public static Option<string> Player(bool required = true) => NotBlank(
        new Option<string>("--player", "-p")
        {
            Description = "The player's handle.",
            HelpName = "HANDLE",
            Required = required,
        },
        "a player's handle");

    public static Option<bool> Json() => new("--json") { Description = "Print JSON instead of text." };

    /// <summary>A whole-number option: anything else is refused while parsing; read it with <see cref="InRange"/>.</summary>
    public static Option<string?> Number(string name, string helpName, string description)
    {
        Option<string?> option = new(name) { Description = description, HelpName = helpName };
        option.Validators.Add(result =>
        {
            string text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (!WholeNumber.TryRead(text, out _))
            {
                result.AddError($"{name} takes a whole number, not \"{text}\".");
            }
        });
        return option;
    }

    /// <summary>The number given, or null; outside <paramref name="min"/>–<paramref name="max"/> it is invalid data.</summary>
    public static int? InRange(ParseResult parse, Option<string?> option, int min, int max, string what)
    {
        if (parse.GetValue(option) is not { } text)
        {
            return null;
        }

        WholeNumber.TryRead(text, out long value);
        return value >= min && value <= max
            ? (int)value
            : throw new GameDataException($"{option.Name} takes {what} from {min} to {max}, not {text}.");
    }

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

        if (!Timestamps.TryParseDay(text, out DateOnly day))
        {
            throw new UsageException($"{option.Name} takes a date like 2026-11-24, not \"{text}\".");
        }

        return day >= GameDays.Earliest
            ? day
            : throw new GameDataException($"{option.Name} takes a day from {Timestamps.Format(GameDays.Earliest)} on, not {text}.");
    }

    /// <summary>Refuses an empty or blank value while parsing: an empty path, handle, name or zone is never what was meant.</summary>
    public static Option<T> NotBlank<T>(Option<T> option, string what)
    {
        option.Validators.Add(result => RefuseBlank(result.Tokens, option.Name, what, result.AddError));
        return option;
    }

    /// <inheritdoc cref="NotBlank{T}(Option{T}, string)"/>
    public static Argument<T> NotBlank<T>(Argument<T> argument, string command, string what)
    {
        argument.Validators.Add(result => RefuseBlank(result.Tokens, command, what, result.AddError));
        return argument;
    }

    private static void RefuseBlank(IReadOnlyList<Token> tokens, string name, string what, Action<string> error)
    {
        if (tokens.Any(t => string.IsNullOrWhiteSpace(t.Value)))
        {
            error($"{name} needs {what}, not an empty value.");
        }
    }
}
