using RolesBoard.Scrapers.Scraping;
using RolesBoard.Scrapers.Tests.Infrastructure;

namespace RolesBoard.Scrapers.Tests.Extraction;

public sealed class MicrodataTests
{
    [Fact]
    public void ReadsAJobPostingFromMicrodataWithNestedItems()
    {
        var role = Assert.Single(Parse.Fixture("microdata/job.html", "https://example.coop/vacancies/"));
        Assert.Equal("Drupal Developer", role.Title);
        Assert.Equal("https://example.coop/vacancies/drupal-developer", role.Url.ToString());
        Assert.Equal("Sheffield, UK", role.Location);
        Assert.Equal(EmploymentType.FullTime, role.EmploymentType);
        Assert.Equal(new DateOnly(2099, 11, 30), role.ValidThrough);
        Assert.Equal(new Salary(300, 300, "GBP", SalaryPeriod.Day), role.Salary);
        Assert.Equal(RemotePolicy.Hybrid, role.Remote);
        Assert.Equal("Drupal 10 and Twig.\n\nHybrid: two days a week in Sheffield.", role.Description);
        Assert.Contains("Drupal", role.Skills);
        Assert.Equal("microdata", Parse.FormatOf("microdata/job.html", "https://example.coop/vacancies/"));
    }
}
