using System.Text.Json;
using StrengthQuest.Core.Catalog;

namespace StrengthQuest.Storage.Catalog;

/// <summary>Loads the ladders and rule numbers: the copy built into the binary, or a file given with --catalog.</summary>
public static class CatalogLoader
{
    private const string ResourceName = "StrengthQuest.catalog.json";

    public static GameCatalog LoadBuiltIn()
    {
        byte[] bytes = BuiltInBytes();
        List<string> faults = [];
        GameCatalog catalog = Map(BuiltInCatalogReader.Read(bytes), faults, Fingerprint(bytes));
        faults.AddRange(CatalogFaults.Find(catalog));
        return faults.Count == 0 ? catalog : throw new CatalogException($"The built-in catalog is malformed: {faults[0]}.");
    }

    /// <summary>The built-in catalog read by the serializer, as a file would be (tests compare the two readings).</summary>
    internal static GameCatalog LoadBuiltInWithSerializer()
    {
        using MemoryStream stream = new(BuiltInBytes());
        return Parse(stream, "the built-in catalog");
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
        FileStream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CatalogException($"Cannot read the catalog {path}: {e.Message}", e);
        }

        using (stream)
        {
            return Parse(stream, $"the catalog {path}");
        }
    }

    private static GameCatalog Parse(Stream stream, string source)
    {
        using MemoryStream buffer = new();
        stream.CopyTo(buffer);
        byte[] bytes = buffer.ToArray();
        CatalogDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(bytes, CatalogJson.Default.CatalogDocument);
        }
        catch (JsonException e)
        {
            string where = e.LineNumber is { } line ? $" at line {line + 1}" : "";
            throw new CatalogException($"{Capitalise(source)} is not valid catalog JSON{where}: {FirstSentence(e.Message)}", e);
        }

        if (document is null)
        {
            throw new CatalogException($"{Capitalise(source)} is empty.");
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

    private static string FirstSentence(string message)
    {
        int end = message.IndexOf(". ", StringComparison.Ordinal);
        return (end > 0 ? message[..end] : message).TrimEnd('.');
    }
}
