using RolesBoard.Scrapers.Extraction;
using RolesBoard.Scrapers.Extraction.Rules;
using RolesBoard.Scrapers.Normalization;
using RolesBoard.Scrapers.Scraping;
using RolesBoard.Scrapers.Skills;

namespace RolesBoard.Scrapers.Tests.Infrastructure;

/// <summary>Extraction and normalization of a saved page, without any network: the pure half of a scrape.</summary>
public static class Parse
{
    public static readonly DateOnly Today = new(2026, 10, 20);

    public static IReadOnlyList<ScrapedRole> Fixture(string relativePath, string url, SelectorRule? rule = null, string? contentType = null)
    {
        var document = Fixtures.Document(relativePath, url, contentType);
        return PageExtractor.Extract(document, rule).Roles
            .Select(r => RoleNormalizer.Normalize(r, document.Url, Today, SkillVocabulary.Default))
            .OfType<ScrapedRole>()
            .ToList();
    }

    /// <summary>The vacancy posts a listing page links to, as absolute URLs.</summary>
    public static IReadOnlyList<string> Leads(string relativePath, string url) =>
        [.. PageExtractor.Extract(Fixtures.Document(relativePath, url)).Leads.Where(l => l.Kind == LeadKind.VacancyPost).Select(l => l.Url.ToString())];

    public static string FormatOf(string relativePath, string url) => PageExtractor.Extract(Fixtures.Document(relativePath, url)).Format;
}
