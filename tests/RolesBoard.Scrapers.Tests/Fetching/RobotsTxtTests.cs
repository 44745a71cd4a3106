using RolesBoard.Scrapers.Fetching;

namespace RolesBoard.Scrapers.Tests.Fetching;

public sealed class RobotsTxtTests
{
    private const string Bot = "RolesBoardBot";

    private static readonly RobotsTxt Robots = RobotsTxt.Parse("""
        # comments and blank lines are ignored
        User-agent: *
        Disallow: /

        User-agent: rolesboardbot
        User-Agent: OtherBot
        Disallow: /private
        Allow: /private/jobs
        Disallow: /*.pdf$
        Disallow: /search?
        Crawl-delay: 1.5

        User-agent: RolesBoardBot
        Disallow: /drafts/
        """);

    [Theory]
    [InlineData("/jobs", true)]
    [InlineData("/private", false)]
    [InlineData("/private/team", false)]
    [InlineData("/private/jobs/developer", true)]
    [InlineData("/files/role.pdf", false)]
    [InlineData("/files/role.pdf?download=1", true)]
    [InlineData("/search?q=dev", false)]
    [InlineData("/drafts/role", false)]
    [InlineData("/robots.txt", true)]
    public void AppliesTheLongestMatchingRuleOfEveryGroupNamingUs(string path, bool allowed) =>
        Assert.Equal(allowed, Robots.IsAllowed(Bot, path));

    [Fact]
    public void FallsBackToTheStarGroupForOtherCrawlers() => Assert.False(Robots.IsAllowed("SomeoneElse", "/jobs"));

    [Fact]
    public void AllowWinsATieBetweenEquallyLongRules() =>
        Assert.True(RobotsTxt.Parse("User-agent: *\nDisallow: /jobs\nAllow: /jobs").IsAllowed(Bot, "/jobs"));

    [Fact]
    public void ReadsCrawlDelayOfOurGroup() => Assert.Equal(TimeSpan.FromSeconds(1.5), Robots.CrawlDelay(Bot));

    [Fact]
    public void AnEmptyFileOrDisallowAllowsEverything()
    {
        Assert.True(RobotsTxt.Parse("").IsAllowed(Bot, "/anything"));
        Assert.True(RobotsTxt.Parse("User-agent: *\nDisallow:").IsAllowed(Bot, "/anything"));
    }
}
