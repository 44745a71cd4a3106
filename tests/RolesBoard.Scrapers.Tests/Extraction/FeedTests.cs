using RolesBoard.Scrapers.Scraping;
using RolesBoard.Scrapers.Tests.Infrastructure;

namespace RolesBoard.Scrapers.Tests.Extraction;

public sealed class FeedTests
{
    [Fact]
    public void ReadsWpJobManagerFieldsFromItsJobFeed()
    {
        var roles = Parse.Fixture("feeds/wpjm-job-feed.rss", "https://example.coop/?feed=job_feed");
        Assert.Equal(2, roles.Count);
        var frontend = roles[0];
        Assert.Equal("Frontend Developer (React)", frontend.Title);
        Assert.Equal("https://example.coop/job/frontend-developer/", frontend.Url.ToString());
        Assert.Equal("Remote (UK)", frontend.Location);
        Assert.Equal(RemotePolicy.Remote, frontend.Remote);
        Assert.Equal(EmploymentType.PartTime, frontend.EmploymentType);
        Assert.Equal(new DateOnly(2026, 10, 14), frontend.DatePosted);
        Assert.Equal(new Salary(16, 16, "GBP", SalaryPeriod.Hour), frontend.Salary);
        Assert.Equal(["React", "TypeScript"], frontend.Skills.Order());
        Assert.Equal("CC BY 4.0 Example Digital Co-op", frontend.Terms);
        Assert.Equal(EmploymentType.Contractor, roles[1].EmploymentType); // "Freelance"
        Assert.Equal(RemotePolicy.Onsite, roles[1].Remote);
    }

    [Fact]
    public void ReadsTheCoTechForumJobsFeedWithoutItsPinnedOrClosedTopics()
    {
        var role = Assert.Single(Parse.Fixture("feeds/discourse-jobs.rss", "https://community.coops.tech/c/jobs.rss"));
        Assert.Equal("Web Architects are hiring: Drupal developer (£32k-£36k)", role.Title);
        Assert.Equal(new Salary(32000, 36000, "GBP", SalaryPeriod.Year), role.Salary);
        Assert.Equal(RemotePolicy.Hybrid, role.Remote);
        Assert.Contains("CiviCRM", role.Skills);
        Assert.Equal("https://community.coops.tech/t/web-architects-are-hiring/2345", role.SourceKey);
    }

    [Fact]
    public void ReadsAtomEntries()
    {
        var role = Assert.Single(Parse.Fixture("feeds/jobs.atom", "https://example.coop/jobs.atom"));
        Assert.Equal("Data Engineer & Analyst", role.Title);
        Assert.Equal(new Salary(45000, 45000, "EUR", SalaryPeriod.Year), role.Salary);
        Assert.Equal(RemotePolicy.Remote, role.Remote);
        Assert.Equal("tag:example.coop,2026:jobs/data-engineer", role.SourceKey);
        Assert.Equal("Roles may be republished with a link back.", role.Terms);
        Assert.Contains("Python", role.Skills);
        Assert.Contains("SQL", role.Skills);
    }
}
