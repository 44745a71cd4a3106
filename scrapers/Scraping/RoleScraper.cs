using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using RolesBoard.Scrapers.Extraction;
using RolesBoard.Scrapers.Extraction.Rules;
using RolesBoard.Scrapers.Fetching;
using RolesBoard.Scrapers.Normalization;
using RolesBoard.Scrapers.Skills;

namespace RolesBoard.Scrapers.Scraping;

/// <summary>
/// The scrapers' front door: a source URL in, its open roles out, normalized to the contract. Fetching goes
/// through the given <see cref="PoliteFetcher"/>, so the host application decides the HTTP client and options.
/// </summary>
public sealed class RoleScraper(PoliteFetcher fetcher, SkillVocabulary? vocabulary = null)
{
    // Leads (job feeds, ATS boards, oJobPub) tried when a page holds no roles itself: a few, not a crawl.
    private const int MaxLeads = 3;

    private readonly SkillVocabulary _vocabulary = vocabulary ?? SkillVocabulary.Default;
    private readonly DetailPages _details = new(fetcher);
    private readonly VacancyPosts _posts = new(fetcher);

    public async Task<ScrapeResult> ScrapeAsync(Uri url, ScrapeOptions options, CancellationToken ct = default)
    {
        var first = await fetcher.FetchAsync(url, new ConditionalHeaders(options.ETag, options.LastModified), ct);
        switch (first.Status)
        {
            case FetchStatus.NotModified:
                return new ScrapeResult(ScrapeOutcome.NotModified, [], ETag: options.ETag, LastModified: options.LastModified, PageHash: options.PageHash);
            case FetchStatus.Disallowed:
                return ScrapeResult.Failure(ScrapeOutcome.Disallowed, first.Error ?? "disallowed by robots.txt");
            case FetchStatus.Failed:
                return ScrapeResult.Failure(ScrapeOutcome.Failed, first.Error ?? $"could not fetch {url}");
        }
        var pageHash = PageHash(first.Url, first.Text, options.Rule);
        if (pageHash == options.PageHash)
        {
            return new ScrapeResult(ScrapeOutcome.NotModified, [], ETag: first.ETag, LastModified: first.LastModified, PageHash: pageHash);
        }
        var document = new SourceDocument(first.Text, first.Url, first.ContentType);
        var extraction = PageExtractor.Extract(document, options.Rule);
        var fromThePage = extraction.Roles.Count > 0;
        if (!fromThePage)
        {
            (extraction, document) = await FollowLeadsAsync(extraction, document, options.MaxDetailPages, ct);
        }
        var (raw, detailPages) = await _details.CompleteAsync(extraction.Roles, document.Url, options.MaxDetailPages, ct);
        var today = options.Today ?? DateOnly.FromDateTime(fetcher.Options.Time.GetUtcNow().UtcDateTime);
        var roles = raw.Select(r => RoleNormalizer.Normalize(r, document.Url, today, _vocabulary))
            .OfType<ScrapedRole>()
            .DistinctBy(r => r.SourceKey)
            .ToList();
        return new ScrapeResult(ScrapeOutcome.Succeeded, roles, Format: extraction.Format, ETag: first.ETag, LastModified: first.LastModified,
            PageHash: fromThePage && detailPages == 0 && roles.Count > 0 ? pageHash : null);
    }

    /// <summary>
    /// The page as fetched (its final URL and text), the rule it is read with and this build of the scrapers: the same
    /// hash means the same roles. A new build reads every page again once, so a better extractor reaches old pages.
    /// </summary>
    private static string PageHash(Uri url, string text, SelectorRule? rule)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(ScrapersBuild.ToByteArray());
        hash.AppendData(Encoding.UTF8.GetBytes($"{url.AbsoluteUri}\n{(rule is null ? "" : JsonSerializer.Serialize(rule))}\n"));
        hash.AppendData(MemoryMarshal.AsBytes(text.AsSpan()));
        return Convert.ToBase64String(hash.GetHashAndReset());
    }

    private static readonly Guid ScrapersBuild = typeof(RoleScraper).Assembly.ManifestModule.ModuleVersionId;

    private async Task<(PageExtraction, SourceDocument)> FollowLeadsAsync(PageExtraction page, SourceDocument document, int maxPosts, CancellationToken ct)
    {
        var leads = page.Leads.Where(l => l.Kind != LeadKind.VacancyPost).ToList();
        var posts = page.Leads.Where(l => l.Kind == LeadKind.VacancyPost).ToList();
        if (leads.Count == 0 && posts.Count == 0 && !document.LooksLikeJson && !document.LooksLikeXml)
        {
            // An employer may publish its openings at the oJobPub well-known address even when its pages say nothing.
            leads.Add(new Lead(new Uri(document.Url, "/.well-known/ojobpub.json"), LeadKind.OJobPub, "well-known address"));
        }
        foreach (var lead in leads.Take(MaxLeads))
        {
            var fetched = await fetcher.FetchAsync(lead.Url, ct: ct);
            if (!fetched.IsOk)
            {
                continue;
            }
            var leadDocument = new SourceDocument(fetched.Text, fetched.Url, fetched.ContentType);
            var found = PageExtractor.Extract(leadDocument);
            if (found.Roles.Count > 0)
            {
                return (found, leadDocument);
            }
        }
        if (posts.Count > 0 && await _posts.ReadAsync(posts, maxPosts, ct) is { Count: > 0 } fromPosts)
        {
            return (new PageExtraction(fromPosts, "prose", []), document);
        }
        return (page, document);
    }
}
