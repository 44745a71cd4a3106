using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace RolesBoard.Scrapers.Skills;

/// <summary>
/// The one skill vocabulary that scrapers, search and matching share: canonical names, their aliases
/// ("Postgres" is "PostgreSQL") and related skills that earn partial credit ("Django" implies "Python").
/// Loaded from skills.json, embedded in this assembly.
/// </summary>
public sealed partial class SkillVocabulary
{
    private readonly Dictionary<string, Skill> _byKey = new(StringComparer.Ordinal);
    private readonly List<Skill> _skills;
    private readonly MentionScanner _mentions;

    /// <param name="Name">The canonical name, as search results and matches show it.</param>
    /// <param name="Aliases">Other names for the same skill.</param>
    /// <param name="Related">Skills that earn partial credit for this one.</param>
    /// <param name="ExactCase">Names that are also everyday English words ("React", "Go", "REST"): in free text they
    /// count only as written, and not before "to" or "of" ("React to changes", "Go to", "Rest of").</param>
    public sealed record Skill(string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> Related, IReadOnlyList<string>? ExactCase = null);

    public SkillVocabulary(IEnumerable<Skill> skills)
    {
        _skills = skills.ToList();
        foreach (var skill in _skills)
        {
            foreach (var name in skill.Aliases.Prepend(skill.Name))
            {
                _byKey.TryAdd(Key(name), skill);
            }
        }
        // The longest name wins, so "ASP.NET Core" beats ".NET" in free text; one-letter names other than R and C are noise.
        _mentions = new MentionScanner(_skills.SelectMany(s => s.Aliases.Prepend(s.Name)).Where(n => n.Length > 1 || n is "R" or "C"));
    }

    public static SkillVocabulary Default { get; } = LoadEmbedded();

    public IReadOnlyList<Skill> All => _skills;

    /// <summary>The canonical name of a known skill; an unknown one is kept, cleaned (trimmed, spaces collapsed).</summary>
    public string Normalize(string raw)
    {
        var cleaned = Spaces().Replace(raw.Trim(), " ");
        return _byKey.TryGetValue(Key(cleaned), out var skill) ? skill.Name : cleaned;
    }

    public bool IsKnown(string raw) => _byKey.ContainsKey(Key(raw));

    /// <summary>Canonical names, distinct and in order, of the skills free text mentions.</summary>
    public IReadOnlyList<string> FindIn(string text)
    {
        var found = new List<string>();
        foreach (var (index, length) in _mentions.Scan(text))
        {
            // A mention is a name's own spelling (the scanner matches names character for character, case aside),
            // so its key finds the skill directly: there is nothing to collapse first.
            var value = text.Substring(index, length);
            if (_byKey.TryGetValue(Key(value), out var skill) && CountsAsMention(index, value, text, skill) && !found.Contains(skill.Name))
            {
                found.Add(skill.Name);
            }
        }
        return found;
    }

    private static bool CountsAsMention(int index, string value, string text, Skill skill)
    {
        // Short names ("UX", "R") count only as written in the vocabulary: "r" or "ux" in prose are not skills.
        if (value.Length <= 2 && skill.Name != value && !skill.Aliases.Contains(value))
        {
            return false;
        }
        var everydayWord = skill.ExactCase?.FirstOrDefault(w => Key(w) == Key(value));
        return everydayWord is null
            || everydayWord == value && !Preposition().IsMatch(text.AsSpan(index + value.Length));
    }

    /// <summary>Skills that earn partial credit for this one (its parents and close relatives), canonical.</summary>
    public IReadOnlyList<string> RelatedTo(string skill) =>
        _byKey.TryGetValue(Key(skill), out var found) ? found.Related : [];

    /// <summary>Every name a skill goes by, canonical first; an unknown skill is its own only name.</summary>
    public IReadOnlyList<string> NamesOf(string skill) =>
        _byKey.TryGetValue(Key(skill), out var found) ? [found.Name, .. found.Aliases] : [Normalize(skill)];

    // Asked several times for every mention found in every description: the regex only runs when there is something to collapse.
    private static string Key(string name)
    {
        var trimmed = name.Trim();
        return NeedsCollapsing(trimmed) ? Spaces().Replace(trimmed, " ").ToLowerInvariant() : trimmed.ToLowerInvariant();
    }

    private static bool NeedsCollapsing(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || i > 0 && char.IsWhiteSpace(text[i - 1])))
            {
                return true;
            }
        }
        return false;
    }

    private static SkillVocabulary LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("RolesBoard.Scrapers.Skills.skills.json")
            ?? throw new InvalidOperationException("skills.json is not embedded in RolesBoard.Scrapers.");
        var skills = JsonSerializer.Deserialize<List<Skill>>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException("skills.json is empty.");
        return new SkillVocabulary(skills);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^\s+(to|of)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Preposition();
}
