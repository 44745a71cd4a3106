using RolesBoard.Scrapers.Extraction.Ats;
using RolesBoard.Scrapers.Scraping;
using RolesBoard.Scrapers.Tests.Infrastructure;

namespace RolesBoard.Scrapers.Tests.Extraction;

public sealed class AtsTests
{
    [Theory]
    [InlineData("https://boards.greenhouse.io/examplecoop", AtsKind.Greenhouse, "https://boards-api.greenhouse.io/v1/boards/examplecoop/jobs?content=true")]
    [InlineData("https://boards.greenhouse.io/embed/job_board/js?for=examplecoop", AtsKind.Greenhouse, "https://boards-api.greenhouse.io/v1/boards/examplecoop/jobs?content=true")]
    [InlineData("https://jobs.lever.co/examplecoop/5a1b", AtsKind.Lever, "https://api.lever.co/v0/postings/examplecoop?mode=json")]
    [InlineData("https://jobs.ashbyhq.com/examplecoop", AtsKind.Ashby, "https://api.ashbyhq.com/posting-api/job-board/examplecoop?includeCompensation=true")]
    [InlineData("https://examplecoop.recruitee.com/o/rust-developer", AtsKind.Recruitee, "https://examplecoop.recruitee.com/api/offers/")]
    [InlineData("https://examplecoop.jobs.personio.de/job/1234567", AtsKind.Personio, "https://examplecoop.jobs.personio.de/xml")]
    public void DetectsTheBoardAndItsPublicApiFromALink(string link, AtsKind kind, string api)
    {
        var board = AtsBoard.FromUrl(new Uri(link));
        Assert.Equal(kind, board?.Kind);
        Assert.Equal(api, board?.ApiUrl.ToString());
        // A page is searched for links to boards only when its markup names one of these hosts: each board's must be there.
        Assert.Contains(AtsBoard.Hosts, host => new Uri(link).Host.Contains(host, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void IgnoresLinksThatAreNoBoard() => Assert.Null(AtsBoard.FromUrl(new Uri("https://www.recruitee.com/pricing")));

    [Fact]
    public void ReadsAGreenhouseBoard()
    {
        var roles = Parse.Fixture("ats/greenhouse.json", "https://boards-api.greenhouse.io/v1/boards/examplecoop/jobs?content=true");
        Assert.Equal(["Site Reliability Engineer", "Product Manager"], roles.Select(r => r.Title));
        Assert.Equal("greenhouse:4012345", roles[0].SourceKey);
        Assert.Equal("https://boards.greenhouse.io/examplecoop/jobs/4012345?gh_src=abc", roles[0].Url.ToString());
        Assert.Equal(RemotePolicy.Remote, roles[0].Remote);
        Assert.Equal("Kubernetes, Terraform and AWS.\n\n- On-call rota", roles[0].Description);
        Assert.Equal(new DateOnly(2026, 10, 1), roles[0].DatePosted);
        Assert.Contains("Product Management", roles[1].Skills);
    }

    [Fact]
    public void ReadsALeverBoard()
    {
        var role = Assert.Single(Parse.Fixture("ats/lever.json", "https://api.lever.co/v0/postings/examplecoop?mode=json"));
        Assert.Equal("Elixir Engineer", role.Title);
        Assert.Equal(RemotePolicy.Hybrid, role.Remote);
        Assert.Equal(EmploymentType.FullTime, role.EmploymentType);
        Assert.Equal(new Salary(60000, 70000, "EUR", SalaryPeriod.Year), role.Salary);
        Assert.Equal(DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeMilliseconds(1791705600000).UtcDateTime), role.DatePosted);
        Assert.Contains("- PostgreSQL", role.Description);
        Assert.Equal("lever:5a1b2c3d-0000-4000-8000-000000000001", role.SourceKey);
    }

    [Fact]
    public void ReadsAnAshbyBoardLeavingOutUnlistedPostings()
    {
        var role = Assert.Single(Parse.Fixture("ats/ashby.json", "https://api.ashbyhq.com/posting-api/job-board/examplecoop"));
        Assert.Equal("Data Scientist", role.Title);
        Assert.Equal(RemotePolicy.Remote, role.Remote);
        Assert.Equal(new Salary(45000, 55000, "EUR", SalaryPeriod.Year), role.Salary);
        Assert.Equal(EmploymentType.FullTime, role.EmploymentType);
        Assert.Contains("Machine Learning", role.Skills);
    }

    [Fact]
    public void ReadsARecruiteeBoard()
    {
        var role = Assert.Single(Parse.Fixture("ats/recruitee.json", "https://examplecoop.recruitee.com/api/offers/"));
        Assert.Equal(RemotePolicy.Onsite, role.Remote);
        Assert.Equal(new Salary(4000, 5000, "EUR", SalaryPeriod.Month), role.Salary);
        Assert.Equal(new DateOnly(2026, 10, 7), role.DatePosted);
        Assert.Equal(["Rust", "Linux"], role.Skills);
        Assert.Equal("Systems work in Rust.\n\nLinux experience.", role.Description);
    }

    [Fact]
    public void ReadsAPersonioFeed()
    {
        var role = Assert.Single(Parse.Fixture("ats/personio.xml", "https://examplecoop.jobs.personio.de/xml"));
        Assert.Equal("Java Entwickler:in (m/w/d)", role.Title);
        Assert.Equal("https://examplecoop.jobs.personio.de/job/1234567", role.Url.ToString());
        Assert.Equal(EmploymentType.PartTime, role.EmploymentType);
        Assert.Equal("Hamburg", role.Location);
        Assert.Equal("personio:1234567", role.SourceKey);
        Assert.Contains("Kotlin", role.Skills);
    }
}
