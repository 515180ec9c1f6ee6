namespace StrengthQuest.Core.Catalog;

/// <summary>Everything the game knows that is content rather than history.</summary>
public sealed class GameCatalog
{
    private readonly Dictionary<string, Ladder> _byId;

    public GameCatalog(IReadOnlyList<Ladder> ladders, GameRules rules, IReadOnlyList<string> evidence, PainGuide painGuide, IReadOnlyList<Boss>? bosses = null)
    {
        Bosses = bosses ?? [];
        DefaultPlan = Players.TrainingPlan.Parse(rules.DefaultPlan, out _) ?? Players.TrainingPlan.Daily;
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

    /// <summary>The co-op bosses, one a week in order.</summary>
    public IReadOnlyList<Boss> Bosses { get; }

    /// <summary>The plan of a player who has not chosen one.</summary>
    public Players.TrainingPlan DefaultPlan { get; }

    /// <summary>Identifies the content (a hash of the catalog file), so caches of derived state never mix catalogs.</summary>
    public string Fingerprint { get; init; } = "";

    public Ladder? Find(string id) => _byId.GetValueOrDefault(id);
}

/// <summary>A co-op boss: a name and a line of flavour.</summary>
public sealed record Boss(string Name, string Flavour);

/// <summary>The pain-monitoring guide shown beside every pain question.</summary>
public sealed record PainGuide(string Safe, string Acceptable, string Stop, string Clinician);
