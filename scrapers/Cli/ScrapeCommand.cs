using RolesBoard.Scrapers.Fetching;
using RolesBoard.Scrapers.Scraping;

namespace RolesBoard.Scrapers.Cli;

/// <summary>
/// The contract's command line: scrape &lt;url&gt; [--allow-private-network]. Roles as a JSON array on stdout and
/// exit 0; one clear line on stderr and a non-zero exit when the URL cannot be scraped.
/// </summary>
public static class ScrapeCommand
{
    public const int Ok = 0;
    public const int ScrapeFailed = 1;
    public const int UsageError = 2;

    private const string Usage = "usage: scrape <url> [--allow-private-network]";

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, FetchOptions? fetchOptions = null, CancellationToken ct = default)
    {
        var allowPrivate = args.Contains("--allow-private-network");
        var rest = args.Where(a => a != "--allow-private-network").ToList();
        if (rest.Count != 2 || rest[0] != "scrape" || !Uri.TryCreate(rest[1], UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            await stderr.WriteLineAsync(rest.Count == 2 && rest[0] == "scrape" ? $"not an http(s) URL: {rest[1]}" : Usage);
            return UsageError;
        }
        var options = (fetchOptions ?? new FetchOptions()) with { AllowPrivateNetwork = allowPrivate };
        using var fetcher = new PoliteFetcher(options);
        var result = await new RoleScraper(fetcher).ScrapeAsync(url, new ScrapeOptions(), ct);
        if (result.Outcome is not ScrapeOutcome.Succeeded)
        {
            await stderr.WriteLineAsync($"scrape failed ({result.Outcome}): {result.Error}");
            return ScrapeFailed;
        }
        await stdout.WriteLineAsync(RoleJson.Serialize(result.Roles));
        return Ok;
    }
}
