using RolesBoard.Scrapers.Extraction;
using RolesBoard.Scrapers.Fetching;

namespace RolesBoard.Scrapers.Scraping;

/// <summary>
/// A listing, an archive or a forum category links to vacancy posts: those are fetched (a bounded number, politely,
/// one at a time, as detail pages are) and read. A post's own links are not followed again: one level, not a crawl.
/// </summary>
internal sealed class VacancyPosts(PoliteFetcher fetcher)
{
    public async Task<IReadOnlyList<RawRole>> ReadAsync(IEnumerable<Lead> posts, int maxPages, CancellationToken ct)
    {
        var roles = new List<RawRole>();
        foreach (var lead in posts.Take(maxPages))
        {
            var page = await fetcher.FetchAsync(lead.Url, ct: ct);
            if (!page.IsOk)
            {
                continue;
            }
            var found = PageExtractor.Extract(new SourceDocument(page.Text, page.Url, page.ContentType)).Roles;
            roles.AddRange(found.Select(r => r with { Url = r.Url ?? page.Url.ToString() }));
        }
        return roles;
    }
}
