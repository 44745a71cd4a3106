using RolesBoard.Scrapers.Skills;

namespace RolesBoard.Api.Matching;

/// <summary>
/// The vocabulary's related skills seen from both sides: knowing Django implies Python (strong partial credit),
/// knowing Python is a step towards Django (weak partial credit). Built once from whatever skills.json holds.
/// </summary>
public sealed class SkillGraph
{
    /// <summary>Credit for a skill the role asks for that the seeker has only by implication (React → JavaScript).</summary>
    public const double ImpliedCredit = 0.7;

    /// <summary>Credit for a skill that builds on one the seeker has (Python → Django).</summary>
    public const double StepCredit = 0.35;

    private readonly SkillVocabulary _vocabulary;
    private readonly Dictionary<string, HashSet<string>> _builtOn = new(StringComparer.OrdinalIgnoreCase);

    // By canonical name (what documents hold), so scoring never normalizes: it asks this for every pair of skills.
    private readonly Dictionary<string, HashSet<string>> _implies = new(StringComparer.OrdinalIgnoreCase);

    public SkillGraph(SkillVocabulary vocabulary)
    {
        _vocabulary = vocabulary;
        foreach (var skill in vocabulary.All)
        {
            _implies[skill.Name] = new HashSet<string>(skill.Related, StringComparer.OrdinalIgnoreCase);
            foreach (var related in skill.Related)
            {
                if (!_builtOn.TryGetValue(related, out var set))
                {
                    _builtOn[related] = set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                }
                set.Add(skill.Name);
            }
        }
    }

    public static SkillGraph Default { get; } = new(SkillVocabulary.Default);

    /// <summary>Skills the given one implies (Django: Python).</summary>
    public IReadOnlyList<string> Implied(string skill) => _vocabulary.RelatedTo(skill);

    /// <summary>Skills that build on the given one (Python: Django, Flask).</summary>
    public IEnumerable<string> BuiltOn(string skill) => _builtOn.TryGetValue(skill, out var set) ? set : [];

    /// <summary>The skills themselves and every neighbour, both ways: what a preselection intersects with.</summary>
    public string[] Reach(IEnumerable<string> skills) =>
        skills.SelectMany(s => Implied(s).Concat(BuiltOn(s)).Prepend(s)).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>How much of <paramref name="wanted"/> someone with <paramref name="had"/> brings (1, implied, step, 0), and via which skill.</summary>
    public (double Credit, string? Via) Credit(string wanted, IReadOnlyCollection<string> had)
    {
        var wantedImplies = ImpliedSet(wanted);
        string? implying = null;
        string? step = null;
        foreach (var skill in had)
        {
            if (string.Equals(skill, wanted, StringComparison.OrdinalIgnoreCase))
            {
                return (1, null);
            }
            implying ??= ImpliedSet(skill).Contains(wanted) ? skill : null;
            step ??= wantedImplies.Contains(skill) ? skill : null;
        }
        return implying is not null ? (ImpliedCredit, implying) : step is not null ? (StepCredit, step) : (0, null);
    }

    /// <summary>Whether having one skill earns any credit for the other: the same, or related either way.</summary>
    public bool Related(string wanted, string had) =>
        string.Equals(wanted, had, StringComparison.OrdinalIgnoreCase) || ImpliedSet(had).Contains(wanted) || ImpliedSet(wanted).Contains(had);

    private HashSet<string> ImpliedSet(string skill) => _implies.TryGetValue(skill, out var set) ? set : NoSkills;

    private static readonly HashSet<string> NoSkills = [];
}
