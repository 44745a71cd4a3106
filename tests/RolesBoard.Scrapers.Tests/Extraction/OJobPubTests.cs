using RolesBoard.Scrapers.Scraping;
using RolesBoard.Scrapers.Tests.Infrastructure;

namespace RolesBoard.Scrapers.Tests.Extraction;

public sealed class OJobPubTests
{
    [Fact]
    public void ReadsAnEmployersWellKnownFileLeavingOutClosedJobs()
    {
        var role = Assert.Single(Parse.Fixture("ojobpub/ojobpub.json", "https://example.coop/.well-known/ojobpub.json"));
        Assert.Equal("Ruby on Rails Developer", role.Title);
        Assert.Equal(RemotePolicy.Hybrid, role.Remote);
        Assert.Equal("Cardiff, GB", role.Location);
        Assert.Equal(new Salary(36000, 40000, "GBP", SalaryPeriod.Year), role.Salary);
        Assert.Null(role.EmploymentType); // "permanent" says nothing about hours
        Assert.Equal(["Hotwire", "Ruby", "Ruby on Rails"], role.Skills.Order());
        Assert.Equal("ojobpub:RB-7", role.SourceKey);
    }
}
