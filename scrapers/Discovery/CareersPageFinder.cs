using RolesBoard.Scrapers.Extraction;
using RolesBoard.Scrapers.Extraction.Ats;
using RolesBoard.Scrapers.Extraction.Feeds;
using RolesBoard.Scrapers.Fetching;

namespace RolesBoard.Scrapers.Discovery;

/// <summary>
/// Finds where a co-op publishes its roles, starting from its website (the CoTech directory lists websites, not
/// careers pages): labelled links, ATS boards and job feeds on the home page, then a few common paths.
/// </summary>
public sealed class CareersPageFinder(PoliteFetcher fetcher)
{
    private static readonly string[] CommonPaths = ["/jobs", "/careers", "/vacancies", "/join-us", "/work-with-us"];

    public async Task<DiscoveryResult> DiscoverAsync(Uri website, CancellationToken ct = default)
    {
        var home = await fetcher.FetchAsync(website, ct: ct);
        if (!home.IsOk)
        {
            return new DiscoveryResult(website, [], home.Error ?? $"could not fetch {website}");
        }
        var page = HtmlPage.Parse(new SourceDocument(home.Text, home.Url, home.ContentType));
        var found = CareersLinks.Find(page)
            .Concat(AtsLinks.Find(page).Select(l => new CareersSource(l.Url, DiscoveryMethod.AtsBoard, l.Evidence)))
            .Concat(FeedLinks.Find(page).Select(l => new CareersSource(l.Url, DiscoveryMethod.JobFeed, l.Evidence)))
            .ToList();
        if (found.Count == 0)
        {
            found.AddRange(await ProbeAsync(home.Url, ct));
        }
        return new DiscoveryResult(website, found.DistinctBy(s => s.Url.ToString()).ToList());
    }

    // Only when the home page names nothing: a handful of requests, each still through robots.txt and the throttle.
    private async Task<IReadOnlyList<CareersSource>> ProbeAsync(Uri site, CancellationToken ct)
    {
        var found = new List<CareersSource>();
        var ojobpub = await fetcher.FetchAsync(new Uri(site, "/.well-known/ojobpub.json"), ct: ct);
        if (ojobpub.IsOk && PageExtractor.Extract(new SourceDocument(ojobpub.Text, ojobpub.Url, ojobpub.ContentType)).Format == "ojobpub")
        {
            found.Add(new CareersSource(ojobpub.Url, DiscoveryMethod.OJobPub, "/.well-known/ojobpub.json answers"));
        }
        foreach (var path in CommonPaths)
        {
            var probe = await fetcher.FetchAsync(new Uri(site, path), ct: ct);
            // A site that redirects every unknown path home has no careers page there.
            if (probe.IsOk && CareersLinks.IsCareersPath(probe.Url.AbsolutePath))
            {
                found.Add(new CareersSource(probe.Url, DiscoveryMethod.CommonPath, $"{path} answers {probe.StatusCode}"));
                break;
            }
        }
        return found;
    }
}
