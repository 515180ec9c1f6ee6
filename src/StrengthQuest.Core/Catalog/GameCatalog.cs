namespace StrengthQuest.Core.Catalog;

/// <summary>Everything the game knows that is content rather than history.</summary>
public sealed class GameCatalog
{
    private readonly Dictionary<string, Ladder> _byId;

    public GameCatalog(IReadOnlyList<Ladder> ladders, GameRules rules, IReadOnlyList<string> evidence, PainGuide painGuide)
    {
        Ladders = ladders;
        Rules = rules;
        Evidence = evidence;
        PainGuide = painGuide;
        _byId = new Dictionary<string, Ladder>(StringComparer.Ordinal);
        foreach (Ladder ladder in ladders)
        {
            _byId.TryAdd(ladder.Id, ladder);
        }
    }

    public IReadOnlyList<Ladder> Ladders { get; }

    public GameRules Rules { get; }

    public IReadOnlyList<string> Evidence { get; }

    public PainGuide PainGuide { get; }

    /// <summary>Identifies the content (a hash of the catalog file), so caches of derived state never mix catalogs.</summary>
    public string Fingerprint { get; init; } = "";

    public Ladder? Find(string id) => _byId.GetValueOrDefault(id);
}

/// <summary>The pain-monitoring guide shown beside every pain question.</summary>
public sealed record PainGuide(string Safe, string Acceptable, string Stop, string Clinician);
