using System.Reflection;
using System.Text.Json;

namespace RolesBoard.Scrapers.Extraction.Prose;

/// <summary>
/// The words vacancies are written in, for one language: title phrases, role nouns, labels, closing and closed
/// phrases, pay periods, month names. Loaded from Words/{language}.json, embedded in this assembly, so a language
/// is added by adding a file, without code.
/// </summary>
public sealed record VacancyWords
{
    public required string Language { get; init; }
    public IReadOnlyList<string> TitlePrefixes { get; init; } = [];
    public IReadOnlyList<string> Articles { get; init; } = [];
    /// <summary>Whether a title names the role first ("Desarrollador/a Backend") rather than last ("Backend Developer").</summary>
    public bool NounFirst { get; init; }
    public IReadOnlyList<string> RoleNouns { get; init; } = [];
    public IReadOnlyList<string> SiteSuffixes { get; init; } = [];
    /// <summary>Labels of links that name nothing themselves ("Read more"): such a link is named by its post's heading.</summary>
    public IReadOnlyList<string> MoreLinkLabels { get; init; } = [];
    /// <summary>Label words by the fact they introduce: salary, location, hours, contract, closing, workplace, apply, start.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Labels { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    public IReadOnlyList<string> ClosingLeads { get; init; } = [];
    public IReadOnlyList<string> ClosedPhrases { get; init; } = [];
    public IReadOnlyList<string> NotHiringPhrases { get; init; } = [];
    public IReadOnlyList<string> ApplyPhrases { get; init; } = [];
    public IReadOnlyList<string> RemotePhrases { get; init; } = [];
    public IReadOnlyList<string> HybridPhrases { get; init; } = [];
    public IReadOnlyList<string> OnsitePhrases { get; init; } = [];
    public IReadOnlyList<string> RemoteWords { get; init; } = [];
    public IReadOnlyList<string> LocationLeads { get; init; } = [];
    /// <summary>Phrases by the contract's EmploymentType name, most telling first.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> EmploymentWords { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    public IReadOnlyList<string> ProRataPhrases { get; init; } = [];
    public IReadOnlyList<string> ActualPhrases { get; init; } = [];
    /// <summary>Phrases by the contract's SalaryPeriod name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> PeriodWords { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    public IReadOnlyList<string> HoursPerWeek { get; init; } = [];
    public IReadOnlyList<string> DaysPerWeek { get; init; } = [];
    public decimal FullTimeHours { get; init; } = 37.5m;
    public IReadOnlyDictionary<string, int> NumberWords { get; init; } = new Dictionary<string, int>();
    public IReadOnlyList<string> Months { get; init; } = [];
    public IReadOnlyList<string> MonthAbbreviations { get; init; } = [];
    public IReadOnlyList<string> Weekdays { get; init; } = [];
    public IReadOnlyList<string> DateJoiners { get; init; } = [];
    /// <summary>Words for "day", "week" and "month" (the keys), as in a closing date "in two weeks", counted from the post's date.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> RelativeUnits { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    /// <summary>"The end of the month": a closing date on the last day of the month the post was published in.</summary>
    public IReadOnlyList<string> MonthEndPhrases { get; init; } = [];
    /// <summary>What a bare "$" means on a site under a country's domain ("ar": "ARS"); elsewhere it is USD.</summary>
    public IReadOnlyDictionary<string, string> DollarMeans { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<string> LabelsFor(string fact) => Labels.TryGetValue(fact, out var words) ? words : [];

    /// <summary>Title prefixes and articles, longest first, so "we're hiring" is stripped before "hiring".</summary>
    internal IReadOnlyList<(string Phrase, bool Announces)> TitleOpenings => _openings ??=
        [.. TitlePrefixes.Select(p => (p, true)).Concat(Articles.Select(a => (a, false))).OrderByDescending(p => p.Item1.Length)];

    private IReadOnlyList<(string, bool)>? _openings;

    // Lookups built once from the lists above: a label or a role noun is checked for every line and title read.

    /// <summary>The fact each label word introduces (the first fact listing it wins, as in <see cref="Labels"/>' order).</summary>
    internal IReadOnlyDictionary<string, string> FactByLabel => _factByLabel ??= BuildFactByLabel();

    private Dictionary<string, string>? _factByLabel;

    internal IReadOnlySet<string> MoreLinkLabelSet => _moreLinkLabels ??= new HashSet<string>(MoreLinkLabels, StringComparer.Ordinal);

    private HashSet<string>? _moreLinkLabels;

    internal IReadOnlySet<string> RoleNounSet => _roleNouns ??= new HashSet<string>(RoleNouns, StringComparer.Ordinal);

    private HashSet<string>? _roleNouns;

    /// <summary>Role nouns of several words ("software engineer"), matched at the start of a title.</summary>
    internal IReadOnlyList<string> MultiWordRoleNouns => _multiWordNouns ??= [.. RoleNouns.Where(n => n.Contains(' ', StringComparison.Ordinal))];

    private List<string>? _multiWordNouns;

    /// <summary>
    /// Whether the text holds, as a whole word, the first word of a role noun: a title that names a role always does,
    /// so every heading and link label without one is ruled out in one pass over its letters, before it is cleaned.
    /// </summary>
    internal bool MayNameRole(string text)
    {
        var heads = _nounHeads ??= new HashSet<string>(RoleNouns.Select(FirstWord), StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        var span = text.AsSpan();
        for (var start = 0; start < span.Length;)
        {
            var length = WordAt(span[start..]);
            if (length > 0 && heads.Contains(span.Slice(start, length)))
            {
                return true;
            }
            start += Math.Max(length, 1);
        }
        return false;
    }

    private HashSet<string>.AlternateLookup<ReadOnlySpan<char>>? _nounHeads;

    private static string FirstWord(string noun) => noun[..WordAt(noun)];

    private static int WordAt(ReadOnlySpan<char> text)
    {
        var length = 0;
        while (length < text.Length && char.IsLetter(text[length]))
        {
            length++;
        }
        return length;
    }

    private Dictionary<string, string> BuildFactByLabel()
    {
        var byLabel = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (fact, labels) in Labels)
        {
            foreach (var label in labels)
            {
                byLabel.TryAdd(label, fact);
            }
        }
        return byLabel;
    }

    /// <summary>Every language shipped, English first.</summary>
    public static IReadOnlyList<VacancyWords> All { get; } = LoadEmbedded();

    public static VacancyWords English => All[0];

    /// <summary>The languages to read a page in: the one it declares (html lang) when we have its words, else all of them.</summary>
    public static IEnumerable<VacancyWords> For(string? declaredLanguage)
    {
        var primary = declaredLanguage?.Split('-', '_')[0].Trim().ToLowerInvariant();
        var declared = All.Where(w => w.Language == primary).ToList();
        return declared.Count > 0 ? declared : All;
    }

    private static List<VacancyWords> LoadEmbedded()
    {
        var assembly = Assembly.GetExecutingAssembly();
        const string prefix = "RolesBoard.Scrapers.Extraction.Prose.Words.";
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        return assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                return JsonSerializer.Deserialize<VacancyWords>(stream, options) ?? throw new InvalidOperationException($"{name} is empty.");
            })
            .OrderBy(w => w.Language == "en" ? 0 : 1).ThenBy(w => w.Language, StringComparer.Ordinal)
            .ToList();
    }
}
