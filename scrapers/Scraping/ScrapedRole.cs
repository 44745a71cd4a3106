namespace RolesBoard.Scrapers.Scraping;

/// <summary>
/// One open role, in exactly the fields of the contract's scraper output, plus what ingestion needs:
/// <see cref="SourceKey"/> (a stable upsert key) and <see cref="Terms"/> (the source's licence or attribution).
/// </summary>
public sealed record ScrapedRole(
    string Title,
    Uri Url,
    string? Location,
    RemotePolicy? Remote,
    EmploymentType? EmploymentType,
    DateOnly? DatePosted,
    DateOnly? ValidThrough,
    Salary? Salary,
    IReadOnlyList<string> Skills,
    string Description,
    string SourceKey,
    string? Terms);

public sealed record Salary(decimal Min, decimal Max, string Currency, SalaryPeriod Period);
