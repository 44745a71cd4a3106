using RolesBoard.Api.Auth;
using RolesBoard.Api.Coops;
using RolesBoard.Api.Geography;
using RolesBoard.Api.Money;
using RolesBoard.Api.Roles;
using RolesBoard.Scrapers.Skills;

namespace RolesBoard.Bench.Data;

/// <summary>
/// Realistic, repeatable data: skills drawn from the shared vocabulary with a Zipf-like frequency (a few skills
/// are everywhere, most are rare), UK and EU places, a remote/hybrid/on-site mix like co-op boards show, and co-op
/// facts (ownership, flat pay, months to membership, the working week) so matching pays for seekers' preferences.
/// </summary>
public sealed class Generator(int seed = 42)
{
    private readonly Random _random = new(seed);

    // The head of the distribution, most common first (from co-op job boards); the rest of the vocabulary is the tail.
    private static readonly string[] CommonSkills =
    [
        "JavaScript", "Python", "PostgreSQL", "React", "TypeScript", "PHP", "Django", "Docker", "Linux", "WordPress", "Drupal",
        "Node.js", "HTML", "CSS", "Ruby on Rails", "Ruby", "Accessibility", "UX Design", "Kubernetes", "Ansible", "Go", "C#", ".NET",
        "Vue.js", "GraphQL", "Elixir", "Rust", "Java", "Terraform", "AWS", "Git", "Testing", "Laravel", "MySQL",
    ];

    public static readonly (string Place, string Country)[] Places =
    [
        ("London, UK", "GB"), ("Manchester, UK", "GB"), ("Sheffield, UK", "GB"), ("Leeds, UK", "GB"), ("Bristol, UK", "GB"), ("Glasgow, UK", "GB"),
        ("Cardiff, UK", "GB"), ("Brighton, UK", "GB"), ("Lisbon, Portugal", "PT"), ("Barcelona, Spain", "ES"), ("Berlin, Germany", "DE"),
        ("Amsterdam, Netherlands", "NL"), ("Paris, France", "FR"), ("Dublin, Ireland", "IE"), ("Milan, Italy", "IT"), ("Buenos Aires, Argentina", "AR"),
    ];

    private static readonly string[] Titles =
        ["Developer", "Senior developer", "Frontend developer", "Backend developer", "Full-stack developer", "Sysadmin", "DevOps engineer",
         "UX designer", "Product designer", "Data engineer", "Mobile developer", "Technical lead", "Junior developer", "Web developer"];

    private readonly string[] _skillPool = CommonSkills
        .Concat(SkillVocabulary.Default.All.Select(s => s.Name).Where(n => !CommonSkills.Contains(n)))
        .ToArray();

    /// <summary>A skill index with probability proportional to 1/(rank+1): Zipf with exponent 1.</summary>
    public string Skill()
    {
        var harmonic = _harmonic ??= Enumerable.Range(1, _skillPool.Length).Select(r => 1.0 / r).ToArray();
        var total = _total ??= harmonic.Sum();
        var x = _random.NextDouble() * total;
        for (var i = 0; i < harmonic.Length; i++)
        {
            x -= harmonic[i];
            if (x <= 0)
            {
                return _skillPool[i];
            }
        }
        return _skillPool[^1];
    }

    private double[]? _harmonic;
    private double? _total;

    public List<string> Skills(int min, int max) =>
        Enumerable.Range(0, _random.Next(min, max + 1)).Select(_ => Skill()).Distinct().ToList();

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    public double Chance() => _random.NextDouble();

    public int Between(int min, int max) => _random.Next(min, max + 1);

    public List<Coop> Coops(int count) => Enumerable.Range(0, count).Select(i =>
    {
        var (place, country) = Pick(Places);
        return new Coop
        {
            Id = Guid.NewGuid(), Slug = $"bench-coop-{i}", Name = $"Bench Co-op {i}", Website = $"https://coop{i}.example.coop",
            Domain = $"coop{i}.example.coop", Location = place, Country = country, Networks = ["CoTech"], Verified = true,
            ApiKeyHash = Secrets.Hash(CoopKey($"bench-coop-{i}")), CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
            // Co-op facts as CoTech's members state them: most worker-owned, a third on flat pay, membership after
            // six months to a year; about one co-op in five leaves each fact unsaid (matching treats that as unknown).
            Ownership = Chance() switch { < 0.7 => Ownership.WorkerOwned, < 0.82 => Ownership.MultiStakeholder, < 0.88 => Ownership.Other, _ => null },
            FlatPay = Chance() switch { < 0.35 => true, < 0.8 => false, _ => null },
            MembershipAfterMonths = Chance() < 0.8 ? Pick(MembershipMonths) : null,
            HoursPerWeek = Chance() < 0.6 ? Pick(Hours) : null,
        };
    }).ToList();

    private static readonly int[] MembershipMonths = [3, 6, 6, 6, 9, 12, 12, 18, 24];

    private static readonly double[] Hours = [28, 30, 32, 35, 37.5, 40];

    /// <summary>A co-op's API key, derived from its slug so scenarios can call the API as that co-op.</summary>
    public static string CoopKey(string slug) => "rbk_" + slug;

    public Role Role(IReadOnlyList<Coop> coops)
    {
        var coop = Pick(coops);
        var (place, country) = Pick(Places);
        var skills = Skills(2, 6);
        var remote = Chance() switch { < 0.5 => RemotePolicy.Remote, < 0.8 => RemotePolicy.Hybrid, _ => RemotePolicy.Onsite };
        var regions = remote != RemotePolicy.Remote ? [] : Chance() switch { < 0.4 => ["GB"], < 0.7 => new List<string> { Countries.EuropeanUnion }, _ => new List<string>() };
        var title = $"{Pick(Titles)} ({skills[0]})";
        var text = $"{coop.Name} is hiring a {title.ToLowerInvariant()}. You will work with {string.Join(", ", skills)} on projects for charities, unions and other co-ops. We are worker-owned: every member has a vote.";
        Salary? salary = Chance() < 0.7
            ? Chance() < 0.85
                ? new Salary(Between(26, 55) * 1000, Between(56, 75) * 1000, country == "GB" ? "GBP" : "EUR", SalaryPeriod.Year)
                : new Salary(Between(250, 400), Between(400, 550), "GBP", SalaryPeriod.Day)
            : null;
        var posted = DateTimeOffset.UtcNow.AddDays(-_random.NextDouble() * 90);
        return new Role
        {
            Id = Guid.NewGuid(), CoopId = coop.Id, Title = title, DescriptionHtml = $"<p>{text}</p>", DescriptionText = text, Skills = skills,
            Location = remote == RemotePolicy.Remote ? null : place, Country = remote == RemotePolicy.Remote ? null : country, Remote = remote,
            RemoteRegions = regions, EmploymentType = Chance() switch { < 0.7 => EmploymentType.FullTime, < 0.85 => EmploymentType.PartTime, < 0.95 => EmploymentType.Contractor, _ => EmploymentType.Temporary },
            Salary = salary, SalaryMaxYearlyGbp = salary is null ? null : SalaryPeriods.ToYearlyGbp(salary.Max, salary.Currency, salary.Period),
            DatePosted = posted, CreatedAt = posted, UpdatedAt = posted,
            SearchText = string.Join(' ', title, string.Join(' ', skills), place, text),
        };
    }
}
