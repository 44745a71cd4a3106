using RolesBoard.Scrapers.Extraction;
using RolesBoard.Scrapers.Fetching;
using RolesBoard.Scrapers.Normalization;

namespace RolesBoard.Scrapers.Scraping;

/// <summary>
/// Listings often carry only a title and a link. For those roles the detail page is fetched (a bounded number,
/// politely, one at a time) and what it states fills the gaps; the listing's own values are kept.
/// </summary>
internal sealed class DetailPages(PoliteFetcher fetcher)
{
    private const string MainContent = "[itemprop='description'], .job_description, .job-description, .entry-content, article, main";

    /// <summary>The roles, completed from their detail pages where needed, and how many detail pages were fetched.</summary>
    public async Task<(IReadOnlyList<RawRole> Roles, int Fetched)> CompleteAsync(IReadOnlyList<RawRole> roles, Uri pageUrl, int maxPages, CancellationToken ct)
    {
        var completed = new List<RawRole>(roles.Count);
        var fetched = 0;
        foreach (var role in roles)
        {
            var url = CanonicalUrl.Resolve(role.Url, pageUrl);
            if (!string.IsNullOrWhiteSpace(role.Description) || url is null || url == CanonicalUrl.Of(pageUrl) || fetched >= maxPages)
            {
                completed.Add(role);
                continue;
            }
            fetched++;
            var page = await fetcher.FetchAsync(url, ct: ct);
            completed.Add(page.IsOk ? Merge(role, new SourceDocument(page.Text, page.Url, page.ContentType)) : role);
        }
        return (completed, fetched);
    }

    private static RawRole Merge(RawRole listed, SourceDocument detailPage)
    {
        var detail = PageExtractor.Extract(detailPage).Roles is [var first, ..] ? first : null;
        if (detail is null)
        {
            var html = HtmlPage.Parse(detailPage).Document.QuerySelector(MainContent)?.InnerHtml;
            return listed with { Description = html };
        }
        return listed with
        {
            Description = detail.Description,
            Location = listed.Location ?? detail.Location,
            WorkplaceHint = listed.WorkplaceHint ?? detail.WorkplaceHint,
            EmploymentTypes = listed.EmploymentTypes.Count > 0 ? listed.EmploymentTypes : detail.EmploymentTypes,
            Salary = listed.Salary ?? detail.Salary,
            SalaryText = listed.SalaryText ?? detail.SalaryText,
            DatePosted = listed.DatePosted ?? detail.DatePosted,
            ValidThrough = listed.ValidThrough ?? detail.ValidThrough,
            Skills = [.. listed.Skills, .. detail.Skills],
            SourceId = listed.SourceId ?? detail.SourceId,
            Terms = listed.Terms ?? detail.Terms,
        };
    }
}
