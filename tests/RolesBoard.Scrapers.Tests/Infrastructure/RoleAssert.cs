using RolesBoard.Scrapers.Scraping;

namespace RolesBoard.Scrapers.Tests.Infrastructure;

/// <summary>Every contract field of a scraped role at once, so a fixture test states the whole role it expects.</summary>
public static class RoleAssert
{
    public sealed record Expected(
        string Title, string Url, string? Location, RemotePolicy? Remote, EmploymentType? EmploymentType,
        DateOnly? DatePosted, DateOnly? ValidThrough, Salary? Salary, string[] Skills);

    public static void Is(Expected expected, ScrapedRole actual)
    {
        var got = new Expected(actual.Title, actual.Url.ToString(), actual.Location, actual.Remote, actual.EmploymentType,
            actual.DatePosted, actual.ValidThrough, actual.Salary, expected.Skills.Where(actual.Skills.Contains).ToArray());
        Assert.Equal(expected with { Skills = [] }, got with { Skills = [] });
        Assert.Equal(expected.Skills, got.Skills);
        Assert.NotEmpty(actual.Description);
    }
}
