using System.CommandLine;
using StrengthQuest.Core;
using StrengthQuest.Core.Catalog;
using StrengthQuest.Hosting;
using StrengthQuest.Services;
using StrengthQuest.Storage;
using StrengthQuest.Storage.Catalog;
using StrengthQuest.Storage.Database;

namespace StrengthQuest.Cli;

/// <summary>
/// What every verb needs from outside: the environment, the output streams, the clock, and the
/// database and catalog named by the global options. Errors become one sentence and an exit code here.
/// </summary>
internal sealed partial class CliRuntime(Func<string, string?> environment, TextWriter output, TextWriter error)
{
    public Option<string?> DbOption { get; } = Options.NotBlank(
        new Option<string?>("--db")
        {
            Description = "The SQLite database file, or a postgresql:// address (default: $STRENGTHQUEST_DB, else $XDG_DATA_HOME/strengthquest/strengthquest.db).",
            HelpName = "PATH",
            Recursive = true,
        },
        "the database file's path");

    public Option<string?> CatalogOption { get; } = Options.NotBlank(
        new Option<string?>("--catalog")
        {
            Description = "A catalog JSON file to use instead of the built-in ladders and rule numbers.",
            HelpName = "FILE",
            Recursive = true,
        },
        "a catalog file's path");

    /// <summary>Set by the forced command of a host where keys sign up: the key this session came in with.</summary>
    public Option<string?> KeyOption { get; } = new("--key")
    {
        Description = "The SSH key (SHA256:… fingerprint) this session logged in with; set by the forced command ssh-authorized-keys prints.",
        HelpName = "FINGERPRINT",
        Recursive = true,
    };

    /// <summary>Set by the forced command: the most players the host signs up.</summary>
    public Option<string?> MaxPlayersOption { get; } = Recursive(Options.Number("--max-players", "N", "With --key: a new key may sign up only while the host has fewer players than this."));

    /// <summary>The cap on sign-ups given, or null; outside 1 to the limit it is invalid data.</summary>
    public int? MaxPlayers(ParseResult parse) =>
        Options.InRange(parse, MaxPlayersOption, 1, Ssh.AuthorizedKeys.MaxPlayersLimit, "a number of players");

    public Func<string, string?> Environment => environment;

    private static Option<T> Recursive<T>(Option<T> option)
    {
        option.Recursive = true;
        return option;
    }

    public TextWriter Out => output;

    public TextWriter Error => error;

    public string DatabasePath(ParseResult parse) =>
        DatabaseLocation.Resolve(parse.GetValue(DbOption), environment);

    public GameCatalog Catalog(ParseResult parse) =>
        parse.GetValue(CatalogOption) is { } file ? CatalogLoader.LoadFile(file) : CatalogLoader.LoadBuiltIn();

    public TimeProvider Clock() => AppClock.From(environment);

    /// <summary>True when a client's command arrived over SSH: the key names the player and the database.</summary>
    public bool OverSsh { get; init; }

    /// <summary>
    /// How the player runs <paramref name="verb"/> from where they are now: over SSH, the client's
    /// own ssh command (the key names the player); here, against the same database and catalog.
    /// </summary>
    public string CommandFor(ParseResult parse, string verb, string handle)
    {
        if (OverSsh)
        {
            return $"{Ssh.SshTarget.From(environment)} {verb}";
        }

        List<string> words = ["strengthquest"];
        if (parse.GetValue(DbOption) is { } db)
        {
            words.AddRange(["--db", ShellWords.QuoteIfNeeded(db)]);
        }

        if (parse.GetValue(CatalogOption) is { } catalog)
        {
            words.AddRange(["--catalog", ShellWords.QuoteIfNeeded(catalog)]);
        }

        words.AddRange([verb, "--player", handle]);
        return string.Join(' ', words);
    }

    /// <summary>Runs a verb against the game, turning every failure into one sentence and its exit code.</summary>
    public int Run(ParseResult parse, Func<GameService, int> verb) => Guarded(() =>
    {
        GameCatalog catalog = Catalog(parse);
        TimeProvider clock = Clock();
        using GameDatabase database = GameDatabase.Open(DatabasePath(parse));
        return verb(new GameService(database, catalog, clock));
    });

    public int Guarded(Func<int> work)
    {
        try
        {
            return work();
        }
        catch (UsageException e)
        {
            return Fail(ExitCodes.Usage, e.Message);
        }
        catch (StorageException e) when (e.BadAddress)
        {
            return Fail(ExitCodes.Usage, e.Message);
        }
        catch (Exception e) when (e is GameDataException or CatalogException)
        {
            return Fail(ExitCodes.InvalidData, e.Message);
        }
        catch (StorageException e)
        {
            return Fail(ExitCodes.Storage, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(ExitCodes.Storage, $"A file could not be read or written: {e.Message.TrimEnd('.')}.");
        }
        catch (Exception e) when (environment("STRENGTHQUEST_DEBUG") is null)
        {
            return Fail(ExitCodes.Failure, $"Something went wrong: {e.Message.TrimEnd('.')}.");
        }
    }

    /// <summary>Writes the one sentence: no control characters, and whatever it quotes of the input cut short.</summary>
    public int Fail(int code, string message)
    {
        error.WriteLine(LongQuote().Replace(Core.Text.SafeText.Strip(message), m => $"{m.Groups[1].Value}{m.Groups[2].Value}…{m.Groups[1].Value}"));
        return code;
    }

    /// <summary>A quotation of 60 characters or more: quote marks that open and close it, not apostrophes inside words ("sshd's … user's").</summary>
    [System.Text.RegularExpressions.GeneratedRegex("""(?<![\p{L}\p{N}])(["'])([^"']{40})[^"']{20,}\1(?![\p{L}\p{N}])""")]
    private static partial System.Text.RegularExpressions.Regex LongQuote();
}
