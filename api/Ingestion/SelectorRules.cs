using Marten;
using RolesBoard.Api.Auth;
using RolesBoard.Api.Coops;
using RolesBoard.Api.GraphQL;
using RolesBoard.Scrapers.Extraction.Rules;

namespace RolesBoard.Api.Ingestion;

/// <summary>
/// Per-source selector rules, set by the co-op (its key) or the administrator: a rule is checked when it is set (every
/// selector must parse), and the next scrape of that source applies it before the other extractors.
/// </summary>
public sealed class SelectorRules(IDocumentSession session, Caller caller, TimeProvider clock)
{
    public async Task<Payload<SourceRule>> SetAsync(Guid coopId, string sourceUrl, SelectorRuleInput? input, CancellationToken ct)
    {
        if (await CoopAccess.RefusalAsync(caller, coopId, "setSelectorRule", ct) is { } refusal)
        {
            return Payload<SourceRule>.Fail([refusal]);
        }
        var coop = await session.LoadAsync<Coop>(coopId, ct);
        if (coop is null)
        {
            return Payload<SourceRule>.Fail("coopId", "NOT_FOUND", "No co-op has that id.");
        }
        var check = new Validation();
        var url = check.OptionalUrl("sourceUrl", sourceUrl);
        if (url is not null && !coop.CareersUrls.Contains(url))
        {
            check.Add("sourceUrl", "NOT_A_SOURCE", "A rule is set for one of the co-op's careers URLs (setCareersUrls); preview any URL with previewScrape.");
        }
        if (input is not null)
        {
            check.RequiredText("rule.list", input.List, SelectorRuleCheck.MaxSelectorLength);
            check.RequiredText("rule.title", input.Title, SelectorRuleCheck.MaxSelectorLength);
            foreach (var field in check.IsValid ? SelectorRuleCheck.InvalidFields(input.ToSelectorRule()) : [])
            {
                check.Add($"rule.{field}", "INVALID_SELECTOR", $"rule.{field} is not a CSS selector a browser would accept.");
            }
        }
        if (!check.IsValid)
        {
            return Payload<SourceRule>.Fail(check.Errors);
        }
        coop.SourceRules.RemoveAll(r => r.SourceUrl == url);
        SourceRule? rule = null;
        if (input is not null)
        {
            var parsed = input.ToSelectorRule();
            rule = new SourceRule
            {
                SourceUrl = url!, List = parsed.List, Title = parsed.Title, Url = parsed.Url, Location = parsed.Location, Description = parsed.Description,
                SetAt = clock.GetUtcNow(), SetBy = caller.IsAdmin ? "administrator" : "co-op",
            };
            coop.SourceRules.Add(rule);
        }
        coop.UpdatedAt = clock.GetUtcNow();
        session.Store(coop);
        // The page may not have changed, but what is read from it has: the next scrape must not be a conditional GET.
        if (await session.LoadAsync<CoopScrapeState>(coopId, ct) is { } state && state.Sources.FirstOrDefault(s => s.Url == url) is { } source)
        {
            (source.ETag, source.LastModified, source.PageHash) = (null, null, null);
            session.Store(state);
        }
        await session.SaveChangesAsync(ct);
        return new Payload<SourceRule>(rule, []);
    }

    public async Task<IReadOnlyList<SourceRule>> ListAsync(Guid coopId, CancellationToken ct)
    {
        if (await CoopAccess.RefusalAsync(caller, coopId, "selectorRules", ct) is { } refusal)
        {
            throw new global::GraphQL.ExecutionError(refusal.Message) { Code = refusal.Code };
        }
        return (await session.LoadAsync<Coop>(coopId, ct))?.SourceRules ?? [];
    }
}

/// <summary>Who may see and change a co-op's scraping: that co-op's key, or the administrator's.</summary>
internal static class CoopAccess
{
    public static async Task<UserError?> RefusalAsync(Caller caller, Guid coopId, string operation, CancellationToken ct,
        string forbidden = "Only that co-op's key or the administrator's may do this.")
    {
        if (caller.Secret is null)
        {
            return new UserError("", $"{operation} needs Authorization: Bearer <key>.", "UNAUTHENTICATED");
        }
        return caller.IsAdmin || (await caller.CoopAsync(ct))?.Id == coopId
            ? null
            : new UserError("", forbidden, "FORBIDDEN");
    }
}
