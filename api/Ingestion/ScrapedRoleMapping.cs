using System.Net;
using RolesBoard.Api.Roles;
using Scraped = RolesBoard.Scrapers.Scraping;

namespace RolesBoard.Api.Ingestion;

/// <summary>
/// A scraped role's fields go through the same checks and derivations as a posted role (sanitized description,
/// search text, country, yearly GBP, expiry): it is turned into a <see cref="PostRoleInput"/> and handed to
/// <see cref="RoleInputValidator"/>, so the two ways in can never drift apart.
/// </summary>
public static class ScrapedRoleMapping
{
    // Leaves room for the HTML the plain text becomes, under the validator's 50,000-character limit.
    private const int MaxDescriptionText = 20_000;
    private const int MaxSkills = 50;

    /// <summary>Applies the role's fields; false (and the role untouched) when they fail a posted role's checks.</summary>
    public static bool Apply(Scraped.ScrapedRole scraped, Role role, string sourceUrl, DateTimeOffset now)
    {
        if (!RoleInputValidator.Apply(ToInput(scraped), role, now).IsValid)
        {
            return false;
        }
        role.SourceUrl = sourceUrl;
        role.ScrapeConfidence = scraped.Confidence;
        role.ScrapeEvidence = [.. scraped.Evidence];
        role.SourceTerms = scraped.Terms;
        role.Syndicate = Syndication.Allows(scraped.Terms);
        return true;
    }

    public static PostRoleInput ToInput(Scraped.ScrapedRole scraped) => new()
    {
        Title = scraped.Title,
        Description = DescriptionHtml(scraped),
        Skills = scraped.Skills.Take(MaxSkills).ToList(),
        Location = scraped.Location,
        Remote = scraped.Remote,
        EmploymentType = scraped.EmploymentType,
        Salary = scraped.Salary is { } salary
            ? new SalaryInput { Min = (double)salary.Min, Max = (double)salary.Max, Currency = salary.Currency, Period = salary.Period }
            : null,
        ApplyUrl = scraped.Url.AbsoluteUri,
        ValidThrough = scraped.ValidThrough?.ToDateTime(TimeOnly.MinValue),
    };

    // The scraper gives plain text: encode it (a "<" in a job advert is text, not markup) and keep its paragraphs.
    // A source that states no description still gets one that sends the reader to the co-op's own page.
    private static string DescriptionHtml(Scraped.ScrapedRole scraped)
    {
        var text = scraped.Description.Length > MaxDescriptionText ? scraped.Description[..MaxDescriptionText] + "…" : scraped.Description;
        var paragraphs = text.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => "<p>" + WebUtility.HtmlEncode(p).Replace("\n", "<br>", StringComparison.Ordinal) + "</p>")
            .ToList();
        return paragraphs.Count > 0
            ? string.Concat(paragraphs)
            : $"<p>Details on <a href=\"{WebUtility.HtmlEncode(scraped.Url.AbsoluteUri)}\">the co-op's own page</a>.</p>";
    }
}
