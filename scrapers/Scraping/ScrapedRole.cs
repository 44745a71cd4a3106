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
    string? Terms)
{
    /// <summary>For a role read from prose: how sure the reading is (0 to 1); null for structured sources.</summary>
    public double? Confidence { get; init; }

    /// <summary>For a role read from prose: the evidence found ("RoleTitle", "Salary", "ClosingDate"…).</summary>
    public IReadOnlyList<string> Evidence { get; init; } = [];
}

public sealed record Salary(decimal Min, decimal Max, string Currency, SalaryPeriod Period);
