namespace RolesBoard.Scrapers.Fetching;

/// <summary>
/// A parsed robots.txt (RFC 9309): groups of user-agent lines with their allow/disallow rules. The rules of every
/// group naming our product token apply; failing that, those of "*"; failing that, everything is allowed.
/// </summary>
public sealed class RobotsTxt
{
    // RFC 9309 §2.5: crawlers must parse at least 500 KiB; anything after may be ignored.
    private const int MaxParsedChars = 500 * 1024;

    private readonly List<RobotsGroup> _groups;

    private RobotsTxt(List<RobotsGroup> groups) => _groups = groups;

    public static RobotsTxt AllowAll { get; } = new([]);

    public static RobotsTxt DisallowAll { get; } = DisallowingEverything();

    private static RobotsTxt DisallowingEverything()
    {
        var group = new RobotsGroup();
        group.Agents.Add("*");
        group.Rules.Add(new RobotsRule(false, "/"));
        return new RobotsTxt([group]);
    }

    public static RobotsTxt Parse(string text)
    {
        var groups = new List<RobotsGroup>();
        RobotsGroup? current = null;
        var lastWasAgent = false;
        foreach (var rawLine in text[..Math.Min(text.Length, MaxParsedChars)].Split('\n'))
        {
            var line = rawLine.Split('#')[0].Trim();
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }
            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (key is "user-agent")
            {
                if (current is null || !lastWasAgent)
                {
                    current = new RobotsGroup();
                    groups.Add(current);
                }
                current.Agents.Add(value);
                lastWasAgent = true;
                continue;
            }
            lastWasAgent = false;
            if (current is null)
            {
                continue; // rules before any user-agent line belong to no group
            }
            switch (key)
            {
                case "allow" or "disallow" when value.Length > 0:
                    current.Rules.Add(new RobotsRule(key == "allow", value));
                    break;
                case "crawl-delay" when double.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds >= 0:
                    current.CrawlDelay = TimeSpan.FromSeconds(Math.Min(seconds, 86_400));
                    break;
            }
        }
        return new RobotsTxt(groups);
    }

    /// <summary>Whether <paramref name="pathAndQuery"/> may be fetched by a crawler with this product token.</summary>
    public bool IsAllowed(string productToken, string pathAndQuery)
    {
        if (pathAndQuery.Equals("/robots.txt", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        // Longest matching pattern wins; on a tie, allow (the least restrictive rule, RFC 9309 §2.2.2).
        var best = GroupsFor(productToken).SelectMany(g => g.Rules)
            .Where(r => RobotsPattern.Matches(r.Pattern, pathAndQuery))
            .OrderByDescending(r => r.Pattern.Length).ThenByDescending(r => r.Allow)
            .FirstOrDefault();
        return best?.Allow ?? true;
    }

    public TimeSpan? CrawlDelay(string productToken) =>
        GroupsFor(productToken).Select(g => g.CrawlDelay).FirstOrDefault(d => d is not null);

    private List<RobotsGroup> GroupsFor(string productToken)
    {
        var named = _groups.Where(g => g.Agents.Any(a => a.Equals(productToken, StringComparison.OrdinalIgnoreCase))).ToList();
        return named.Count > 0 ? named : _groups.Where(g => g.Agents.Contains("*")).ToList();
    }

    private sealed record RobotsRule(bool Allow, string Pattern);

    private sealed class RobotsGroup
    {
        public List<string> Agents { get; } = [];

        public List<RobotsRule> Rules { get; } = [];

        public TimeSpan? CrawlDelay { get; set; }
    }
}
