using Marten;
using RolesBoard.Api.Coops;
using RolesBoard.Api.Storage;
using RolesBoard.Scrapers.Discovery;

namespace RolesBoard.Api.Ingestion;

/// <summary>
/// Finds a verified co-op's careers sources from its website when nobody has said where they are. What the co-op
/// or the administrator set (setCareersUrls, registration) always wins: discovery writes only into an empty list,
/// checked again just before saving, and records how it found each source so a person can judge it.
/// </summary>
public sealed class CareersDiscovery(IDocumentStore store, CareersPageFinder finder, TimeProvider clock)
{
    /// <summary>The sources now on record (found or set meanwhile), or the reason none were found.</summary>
    public async Task<(IReadOnlyList<string> Urls, string? Error)> DiscoverAsync(Coop coop, CancellationToken ct)
    {
        if (!Uri.TryCreate(coop.Website, UriKind.Absolute, out var website))
        {
            return ([], $"the website '{coop.Website}' is not a URL");
        }
        var found = await finder.DiscoverAsync(website, ct);
        if (!found.Succeeded || found.Sources.Count == 0)
        {
            return ([], found.Error is null
                ? "no careers page, job feed or ATS board found on the website; set one with setCareersUrls"
                : $"could not read the website: {found.Error}");
        }
        var urls = found.Sources.Select(s => s.Url.AbsoluteUri).Distinct().Take(10).ToList();
        var foundBy = "discovered: " + string.Join("; ", found.Sources.Take(10).Select(s => $"{s.Method} ({s.Evidence})"));
        return await DatabaseRetry.RunAsync(async () =>
        {
            await using var session = store.LightweightSession();
            var current = await session.LoadAsync<Coop>(coop.Id, ct);
            if (current is null || current.CareersUrls.Count > 0)
            {
                return ((IReadOnlyList<string>)(current?.CareersUrls ?? []), (string?)null);
            }
            current.CareersUrls = urls;
            current.CareersUrlsFoundBy = foundBy;
            current.UpdatedAt = clock.GetUtcNow();
            session.Store(current);
            await session.SaveChangesAsync(ct);
            return (urls, null);
        }, ct);
    }
}
