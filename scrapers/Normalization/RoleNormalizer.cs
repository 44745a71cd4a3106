using RolesBoard.Scrapers.Extraction;
using RolesBoard.Scrapers.Scraping;
using RolesBoard.Scrapers.Skills;

namespace RolesBoard.Scrapers.Normalization;

/// <summary>A <see cref="RawRole"/> as the source stated it, to the contract's <see cref="ScrapedRole"/>; null when it is not an open role.</summary>
public static class RoleNormalizer
{
    public static ScrapedRole? Normalize(RawRole raw, Uri pageUrl, DateOnly today, SkillVocabulary vocabulary)
    {
        var title = PlainText.Line(raw.Title);
        var validThrough = Dates.Parse(raw.ValidThrough) ?? Dates.NearestWithoutYear(raw.ValidThrough, today);
        if (title.Length == 0 || validThrough < today)
        {
            return null;
        }
        var page = CanonicalUrl.Of(pageUrl);
        var url = CanonicalUrl.Resolve(raw.Url, pageUrl) ?? page;
        var description = raw.DescriptionIsText ? PlainText.Text(raw.Description) : PlainText.Block(raw.Description);
        var location = PlainText.Line(raw.Location) is { Length: > 0 } l ? l : null;
        var skills = raw.Skills.Select(PlainText.Line).Where(s => s.Length > 0).Select(vocabulary.Normalize)
            .Concat(vocabulary.FindIn(title + "\n" + description))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new ScrapedRole(
            title,
            url,
            location,
            Workplace.Classify(raw.WorkplaceHint, location, title, description),
            EmploymentTypes.Parse(raw.EmploymentTypes),
            Dates.Parse(raw.DatePosted),
            validThrough,
            Salaries.From(raw.Salary, raw.SalaryText, title, description),
            skills,
            description,
            SourceKeyOf(raw, url, page, title),
            raw.Terms)
        {
            Confidence = raw.Confidence,
            Evidence = raw.Evidence,
        };
    }

    // The ATS's own id survives URL changes; a canonical URL is next best. Roles that share the page URL
    // (a listing without links) are told apart by their title.
    private static string SourceKeyOf(RawRole raw, Uri url, Uri page, string title) =>
        !string.IsNullOrWhiteSpace(raw.SourceId) && raw.SourceId.Contains(':', StringComparison.Ordinal) && !raw.SourceId.StartsWith("http", StringComparison.OrdinalIgnoreCase)
            ? raw.SourceId
            // A post may announce several roles: each is its own by title.
            : url == page || raw.Confidence is not null ? $"{url}#{Slug(title)}" : url.ToString();

    // "Senior Dev (Python)" is "senior-dev-python": each space-separated word's letters and digits, lower case.
    private static string Slug(string title)
    {
        var slug = new System.Text.StringBuilder(title.Length);
        foreach (var word in title.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var start = slug.Length;
            slug.Append(start > 0 ? "-" : "");
            foreach (var c in word)
            {
                if (char.IsLetterOrDigit(c))
                {
                    slug.Append(c);
                }
            }
            if (slug.Length == start + (start > 0 ? 1 : 0))
            {
                slug.Length = start; // a word with no letter or digit adds nothing, not an empty segment
            }
        }
        return slug.ToString();
    }
}
