using System.Text.Json;
using System.Text.Json.Nodes;
using StrengthQuest.Core.Catalog;
using StrengthQuest.Storage.Files;

namespace StrengthQuest.Storage.Catalog;

/// <summary>Loads the ladders and rule numbers: the copy built into the binary, or a file given with --catalog.</summary>
public static class CatalogLoader
{
    private const string ResourceName = "StrengthQuest.catalog.json";

    /// <summary>The shipped catalog is about 15 KB; a file far beyond that is not a catalog.</summary>
    public const int MaxBytes = 1 << 20;

    public static GameCatalog LoadBuiltIn()
    {
        byte[] bytes = BuiltInBytes();
        List<string> faults = [];
        GameCatalog catalog = Map(BuiltInCatalogReader.Read(bytes), faults, Fingerprint(bytes));
        // CatalogFaults.Find is left to the tests (BuiltInReaderTests): these bytes are fixed at build
        // time, and checking every rule again cost each command ~0.1 ms.
        return faults.Count == 0 ? catalog : throw new CatalogException($"The built-in catalog is malformed: {faults[0]}.");
    }

    /// <summary>The built-in catalog read by the serializer, as a file would be (tests compare the two readings).</summary>
    internal static GameCatalog LoadBuiltInWithSerializer()
    {
        return Parse(BuiltInBytes(), "the built-in catalog");
    }

    private static byte[] BuiltInBytes()
    {
        using Stream stream = typeof(CatalogLoader).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new CatalogException("The built-in catalog is missing from this build.");
        byte[] bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    public static GameCatalog LoadFile(string path)
    {
        byte[] bytes;
        try
        {
            bytes = SmallFile.ReadBytes(path, MaxBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CatalogException($"Cannot read the catalog {path}: {e.Message.TrimEnd('.')}.", e);
        }

        return Parse(bytes, $"the catalog {path}", completeRules: true);
    }

    private static GameCatalog Parse(byte[] bytes, string source, bool completeRules = false)
    {
        CatalogDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(bytes, CatalogJson.Default.CatalogDocument);
        }
        catch (JsonException e)
        {
            string where = e.LineNumber is { } line ? $" at line {line + 1}" : "";
            throw new CatalogException($"{Capitalise(source)} is not valid catalog JSON{where}: {JsonProblem(e)}.", e);
        }

        if (document is null)
        {
            throw new CatalogException($"{Capitalise(source)} is empty.");
        }

        if (completeRules && document.Rules is not null)
        {
            document.Rules = WithDefaults(bytes);
        }

        List<string> faults = [];
        GameCatalog catalog = Map(document, faults, Fingerprint(bytes));
        faults.AddRange(CatalogFaults.Find(catalog));
        return faults.Count == 0
            ? catalog
            : throw new CatalogException($"{Capitalise(source)} is malformed: {faults[0]}.");
    }

    private static GameCatalog Map(CatalogDocument document, List<string> faults, string fingerprint)
    {
        List<Ladder> ladders = [];
        foreach ((LadderDocument ladder, int index) in (document.Ladders ?? []).Select((l, i) => (l, i)))
        {
            if (string.IsNullOrWhiteSpace(ladder.Id) || string.IsNullOrWhiteSpace(ladder.Name))
            {
                faults.Add($"ladder number {index + 1} needs an id and a name");
                continue;
            }

            List<LadderLevel> levels = [];
            foreach ((LevelDocument level, int number) in (ladder.Levels ?? []).Select((l, i) => (l, i + 1)))
            {
                if (level.Level is { } given && given != number)
                {
                    faults.Add($"ladder \"{ladder.Id}\" lists level {given} in place {number}; levels go in order, easiest first, numbered from 1");
                }

                if (!Enum.TryParse(level.Measure, ignoreCase: true, out Measure measure) || int.TryParse(level.Measure, out _))
                {
                    faults.Add($"ladder \"{ladder.Id}\" level {number} has measure \"{level.Measure}\" (reps, seconds or metres expected)");
                    continue;
                }

                levels.Add(new LadderLevel(number, level.Name ?? "", measure, level.Sets, level.Amount, level.Cues ?? []));
            }

            ladders.Add(new Ladder(ladder.Id, ladder.Name, ladder.Area ?? "", ladder.QuestAreas ?? [], levels, ladder.Safety));
        }

        PainGuide guide = document.PainGuide ?? new PainGuide(
            "0–3 safe: carry on.",
            "4–5 acceptable: hold this level.",
            "Above 5: stop — the ladder cools down a level.",
            "See a clinician if a knee locks, swells badly, is hot or red, or cannot bear weight.");
        return new GameCatalog(ladders, document.Rules ?? new GameRules(), document.Evidence ?? [], guide, document.Bosses ?? []) { Fingerprint = fingerprint };
    }

    /// <summary>
    /// The file's rules over the defaults: a rule the file leaves out keeps its default (the reader
    /// alone would make it 0, and a level curve of 0 XP per level never ends).
    /// </summary>
    private static GameRules WithDefaults(byte[] bytes)
    {
        JsonNode rules = JsonSerializer.SerializeToNode(new GameRules(), CatalogJson.Default.GameRules)!;
        JsonNode given = JsonNode.Parse(bytes, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })!["rules"]!;
        Overlay(rules.AsObject(), given.AsObject());
        return rules.Deserialize(CatalogJson.Default.GameRules)!;
    }

    private static void Overlay(JsonObject target, JsonObject source)
    {
        foreach ((string key, JsonNode? value) in source)
        {
            if (value is JsonObject inner && target[key] is JsonObject existing)
            {
                Overlay(existing, inner);
            }
            else
            {
                target[key] = value?.DeepClone();
            }
        }
    }

    /// <summary>FNV-1a over the file: enough to tell catalogs apart, and free of a crypto library's load time.</summary>
    private static string Fingerprint(byte[] bytes)
    {
        ulong hash = 14695981039346656037UL;
        foreach (byte b in bytes)
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return $"{hash:x16}";
    }

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>What the reader could not take, named by its field (rules.backfillDays) rather than by .NET types.</summary>
    private static string JsonProblem(JsonException e)
    {
        string field = (e.Path ?? "$").TrimStart('$').TrimStart('.');
        string message = e.Message;
        return message.Contains("could not be mapped", StringComparison.Ordinal) ? $"{Unmapped(message)} is not a catalog field"
            : field.Length == 0 ? FirstSentence(message)
            : message.Contains("null values", StringComparison.Ordinal) ? $"{field} cannot be null"
            : message.Contains("could not be converted", StringComparison.Ordinal) ? $"{field} has a value of the wrong type"
            : $"{FirstSentence(message)} ({field})";
    }

    private static string Unmapped(string message)
    {
        int start = message.IndexOf('\'', StringComparison.Ordinal) + 1;
        int end = start > 0 ? message.IndexOf('\'', start) : -1;
        return end > start ? $"\"{message[start..end]}\"" : "a field";
    }

    private static string FirstSentence(string message)
    {
        int end = message.IndexOf(". ", StringComparison.Ordinal);
        return (end > 0 ? message[..end] : message).TrimEnd('.');
    }
}
