using RolesBoard.Scrapers.Extraction.Rules;
using RolesBoard.Scrapers.Scraping;
using RolesBoard.Scrapers.Tests.Infrastructure;

namespace RolesBoard.Scrapers.Tests.Extraction;

public sealed class MarkupTests
{
    [Fact]
    public void ReadsWpJobManagerListings()
    {
        var roles = Parse.Fixture("wpjm/jobs.html", "https://example.coop/jobs/");
        Assert.Equal(["Backend Developer & Co-op Member", "UX Designer"], roles.Select(r => r.Title));
        Assert.Equal("https://example.coop/job/backend-developer/", roles[0].Url.ToString());
        Assert.Equal(RemotePolicy.Hybrid, roles[0].Remote);
        Assert.Equal(EmploymentType.FullTime, roles[0].EmploymentType);
        Assert.Equal(new DateOnly(2026, 10, 1), roles[0].DatePosted);
        Assert.Equal(EmploymentType.Contractor, roles[1].EmploymentType);
        Assert.Equal(RemotePolicy.Remote, roles[1].Remote);
    }

    [Fact]
    public void AnEmptyWpJobManagerBoardYieldsNoRoles() =>
        Assert.Empty(Parse.Fixture("wpjm/no-vacancies.html", "https://example.coop/jobs/"));

    [Fact]
    public void NavigationLinksAndHeadingsAreNeverTakenForRoles() =>
        Assert.Empty(Parse.Fixture("pages/navigation-only.html", "https://example.coop/"));

    [Fact]
    public void ReadsAHandMadePageThroughItsSelectorRule()
    {
        var rule = new SelectorRule(List: ".vacancy", Title: "h3", Url: "a.more", Location: ".where", Description: ".summary");
        var roles = Parse.Fixture("pages/hand-made.html", "https://example.coop/vacancies", rule);
        Assert.Equal(["Accessibility Specialist", "Bookkeeper"], roles.Select(r => r.Title));
        Assert.Equal("https://example.coop/vacancies/a11y", roles[0].Url.ToString());
        Assert.Equal(RemotePolicy.Remote, roles[0].Remote);
        Assert.Contains("Accessibility", roles[0].Skills);
        Assert.Equal(new Salary(14, 14, "GBP", SalaryPeriod.Hour), roles[1].Salary);
    }

    [Fact]
    public void WithoutARuleAHandMadePageYieldsNoRoles() =>
        Assert.Empty(Parse.Fixture("pages/hand-made.html", "https://example.coop/vacancies"));

    [Fact]
    public void AnInvalidSelectorInARuleYieldsNoRolesInsteadOfFailing() =>
        Assert.Empty(Parse.Fixture("pages/hand-made.html", "https://example.coop/vacancies", new SelectorRule("div[[", "h3")));
}
