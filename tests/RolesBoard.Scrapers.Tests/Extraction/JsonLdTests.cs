using RolesBoard.Scrapers.Scraping;
using RolesBoard.Scrapers.Tests.Infrastructure;

namespace RolesBoard.Scrapers.Tests.Extraction;

public sealed class JsonLdTests
{
    [Fact]
    public void ReadsAJobPostingInAGraphResolvingIdReferences()
    {
        var role = Assert.Single(Parse.Fixture("jsonld/graph.html", "https://example.coop/careers"));
        Assert.Equal("Senior .NET & C# Developer", role.Title);
        Assert.Equal("https://example.coop/jobs/dotnet", role.Url.ToString());
        Assert.Equal("Bristol, England, GB", role.Location);
        Assert.Equal(EmploymentType.PartTime, role.EmploymentType);
        Assert.Equal(new DateOnly(2026, 9, 30), role.DatePosted);
        Assert.Equal(new DateOnly(2099, 1, 31), role.ValidThrough);
        Assert.Equal(new Salary(38000, 42000, "GBP", SalaryPeriod.Year), role.Salary);
        Assert.Equal("Build services in ASP.NET Core.", role.Description);
        Assert.Equal("ex:dotnet-1", role.SourceKey);
        Assert.Contains("ASP.NET Core", role.Skills);
        Assert.Contains("PostgreSQL", role.Skills);
        Assert.Contains("Domain-driven design", role.Skills);
    }

    [Fact]
    public void LeavesOutRolesPastTheirValidThroughDate() =>
        Assert.DoesNotContain(Parse.Fixture("jsonld/graph.html", "https://example.coop/careers"), r => r.Title == "Expired role");

    [Fact]
    public void ReadsArraysAndSkipsBrokenBlocks()
    {
        var roles = Parse.Fixture("jsonld/array.html", "https://example.coop/careers");
        Assert.Equal(["Python Developer", "Operations Coordinator"], roles.Select(r => r.Title));
        Assert.Equal(RemotePolicy.Remote, roles[0].Remote);
        Assert.Equal("United Kingdom", roles[0].Location);
        Assert.Equal(EmploymentType.Contractor, roles[0].EmploymentType);
        Assert.Equal("https://example.coop/jobs/python", roles[0].Url.ToString());
        Assert.Equal(["Django", "Flask", "Python"], roles[0].Skills.Order());
        Assert.Equal("Glasgow, Scotland", roles[1].Location);
        Assert.Equal(EmploymentType.Volunteer, roles[1].EmploymentType);
    }

    [Fact]
    public void RecoversRolesFromBrokenHtml()
    {
        var role = Assert.Single(Parse.Fixture("pages/broken.html", "https://example.coop/"));
        Assert.Equal("Community Organiser", role.Title);
        Assert.Equal("Unclosed", role.Description);
    }
}
