using RolesBoard.Api.Auth;
using RolesBoard.Api.Coops;
using RolesBoard.Api.GraphQL;
using RolesBoard.Scrapers.Extraction.Rules;
using RolesBoard.Scrapers.Scraping;

namespace RolesBoard.Api.Ingestion;

/// <summary>What the board would read at a URL, with or without a rule, before the rule is saved.</summary>
public sealed record ScrapePreview(ScrapeOutcome? Outcome, string? Format, IReadOnlyList<ScrapedRole> Roles, string? Error, IReadOnlyList<UserError> Errors)
{
    public static ScrapePreview Refused(UserError error) => new(null, null, [], null, [error]);
}

/// <summary>
/// Runs a preview through the same scraper, polite fetcher and SSRF guard as ingestion (a private or loopback address
/// is refused at connect time), for a co-op's key or the administrator's, a few times a minute per key. Nothing is stored.
/// </summary>
public sealed class ScrapePreviews(Caller caller, RoleScraper scraper, PreviewLimiter limiter, TimeProvider clock)
{
    // Fewer posts than a scheduled scrape follows: a preview answers while someone waits.
    private const int MaxPostsFollowed = 5;

    public async Task<ScrapePreview> RunAsync(string url, SelectorRuleInput? input, CancellationToken ct)
    {
        if (caller.Secret is null || !caller.IsAdmin && await caller.CoopAsync(ct) is null)
        {
            return ScrapePreview.Refused(caller.Secret is null
                ? new UserError("", "previewScrape needs Authorization: Bearer <key> (a co-op's or the administrator's).", "UNAUTHENTICATED")
                : new UserError("", "previewScrape is for co-ops' keys and the administrator's.", "FORBIDDEN"));
        }
        var check = new Validation();
        var target = check.OptionalUrl("url", url);
        if (target is null && check.IsValid)
        {
            check.Add("url", "REQUIRED", "url must not be empty.");
        }
        SelectorRule? rule = null;
        if (input is not null)
        {
            rule = input.ToSelectorRule();
            foreach (var field in SelectorRuleCheck.InvalidFields(rule))
            {
                check.Add($"rule.{field}", "INVALID_SELECTOR", $"rule.{field} is not a CSS selector a browser would accept.");
            }
        }
        if (!check.IsValid)
        {
            return new ScrapePreview(null, null, [], null, check.Errors);
        }
        using var lease = await limiter.TryAcquireAsync(Secrets.Hash(caller.Secret), ct);
        if (lease is null)
        {
            return ScrapePreview.Refused(new UserError("", $"At most {PreviewLimiter.PerKeyPerMinute} previews a minute per key; try again in a minute.", "RATE_LIMITED"));
        }
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var result = await scraper.ScrapeAsync(new Uri(target!), new ScrapeOptions { Rule = rule, MaxDetailPages = MaxPostsFollowed, Today = today }, ct);
        return new ScrapePreview(result.Outcome, result.Format, result.Roles, result.Error, []);
    }
}
