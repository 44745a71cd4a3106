using System.Security.Cryptography;
using System.Text;
using RolesBoard.Api.Roles;
using RolesBoard.Scrapers.Scraping;

namespace RolesBoard.Api.Ingestion;

/// <summary>
/// Folds one source's scrape into a co-op's roles, in memory: upsert by stable key, link to the co-op's own posts
/// by title, soft-close what went missing twice, reopen what came back. The caller saves the changed roles and the
/// run in one transaction, so a run either lands whole or not at all.
/// </summary>
public static class SourceMerge
{
    /// <summary>Successful scrapes in a row a role must be missing from before it closes.</summary>
    public const int MissesBeforeClosing = 2;

    /// <summary>A new role read from prose with less confidence than this is held as a draft for the co-op to confirm.</summary>
    public const double DraftBelow = 0.6;

    /// <summary>
    /// Roles to save whole (of which <paramref name="Created"/> are new: inserted, not upserted), and roles only seen
    /// again (nothing but their last-seen time moves on).
    /// </summary>
    public sealed record Outcome(IReadOnlyCollection<Role> Changed, IReadOnlyCollection<Role> SeenOnly, IReadOnlySet<Role> Created);

    public static Outcome Apply(IReadOnlyList<Role> coopRoles, ScrapeResult result, ScrapeRun run, DateTimeOffset now)
    {
        var changed = new HashSet<Role>();
        var seenOnly = new HashSet<Role>();
        var created = new HashSet<Role>();
        var fromSource = FromSource(coopRoles, run.SourceUrl);
        switch (result.Outcome)
        {
            case ScrapeOutcome.NotModified:
                // The page is byte-for-byte what we saw last time: every role on it is still there, and a role missing
                // from it then is missing still, when that read found its roles on the page (it left the page's hash).
                foreach (var role in StillListed(fromSource))
                {
                    if (MissingStill(role, result))
                    {
                        Miss(role, run, now, changed);
                        continue;
                    }
                    Seen(role, now);
                    seenOnly.Add(role);
                }
                return new Outcome(changed, seenOnly, created);
            case ScrapeOutcome.Failed or ScrapeOutcome.Disallowed:
                // We learnt nothing about the roles, so nothing may close.
                return new Outcome(changed, seenOnly, created);
        }

        var byKey = ByKey(coopRoles);
        var posted = PostedByTitle(coopRoles);
        var seen = new HashSet<string>();
        foreach (var scraped in result.Roles)
        {
            seen.Add(scraped.SourceKey);
            byKey.TryGetValue(scraped.SourceKey, out var existing);
            var twin = posted[TitleKey.Of(scraped.Title)].OrderBy(r => r.Status).FirstOrDefault();
            if (twin is not null)
            {
                Link(twin, existing, run, now, changed);
            }
            else if (existing is null)
            {
                var role = new Role { Id = IdFor(run.CoopId, scraped.SourceKey), CoopId = run.CoopId, Source = RoleSource.Scraped, SourceKey = scraped.SourceKey, CreatedAt = now };
                role.DatePosted = scraped.DatePosted is { } date ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : now;
                if (!ScrapedRoleMapping.Apply(scraped, role, run.SourceUrl, now))
                {
                    run.Skipped++;
                    continue;
                }
                role.ScrapeFingerprint = ScrapeFingerprint.Of(scraped);
                Seen(role, now);
                run.Created++;
                if (scraped.Confidence < DraftBelow)
                {
                    role.Status = RoleStatus.Draft;
                    run.Drafted++;
                }
                changed.Add(role);
                created.Add(role);
            }
            else if (ReadAsBefore(existing, scraped))
            {
                // Read exactly as last time: no need to validate, sanitize and rewrite the whole role again.
                Seen(existing, now);
                seenOnly.Add(existing);
            }
            else
            {
                Refresh(existing, scraped, run, now, changed);
            }
        }

        // A page that suddenly lists nothing is more often a broken page or a redesign than a co-op with no roles.
        if (result.Roles.Count > 0)
        {
            foreach (var role in Missing(fromSource, seen))
            {
                Miss(role, run, now, changed);
            }
        }
        seenOnly.ExceptWith(changed);
        return new Outcome(changed, seenOnly, created);
    }

    /// <summary>
    /// The roles <see cref="Apply"/> would only see again, when that is all it would do (no role created, rewritten,
    /// closed or linked), else null: the page is unchanged or unread, or every role it lists was read exactly as before,
    /// has no posted twin, and none of the source's roles is missing from it. Such a merge rewrites no role whole, so
    /// it is safe on roles read before the fetch.
    /// </summary>
    public static IReadOnlyCollection<Role>? OnlySeenAgain(IReadOnlyList<Role> coopRoles, ScrapeResult result, string sourceUrl)
    {
        switch (result.Outcome)
        {
            case ScrapeOutcome.NotModified:
                var listed = StillListed(FromSource(coopRoles, sourceUrl)).ToList();
                return listed.Any(r => MissingStill(r, result)) ? null : listed;
            case ScrapeOutcome.Failed or ScrapeOutcome.Disallowed:
                return [];
        }
        var byKey = ByKey(coopRoles);
        var posted = PostedByTitle(coopRoles);
        var seen = new HashSet<string>();
        var seenRoles = new HashSet<Role>();
        foreach (var scraped in result.Roles)
        {
            seen.Add(scraped.SourceKey);
            if (posted.Contains(TitleKey.Of(scraped.Title)) || !byKey.TryGetValue(scraped.SourceKey, out var existing) || !ReadAsBefore(existing, scraped))
            {
                return null;
            }
            seenRoles.Add(existing);
        }
        return result.Roles.Count == 0 || !Missing(FromSource(coopRoles, sourceUrl), seen).Any() ? seenRoles : null;
    }

    private static void Miss(Role role, ScrapeRun run, DateTimeOffset now, HashSet<Role> changed)
    {
        role.MissedScrapes++;
        if (role.MissedScrapes >= MissesBeforeClosing)
        {
            RoleClosing.Close(role, now);
            run.Closed++;
        }
        changed.Add(role);
    }

    // Only a page read whole leaves a hash (no leads or detail pages), and only a read that found roles counts misses.
    private static bool MissingStill(Role role, ScrapeResult notModified) => notModified.PageHash is not null && role.MissedScrapes > 0;

    private static List<Role> FromSource(IReadOnlyList<Role> coopRoles, string sourceUrl) =>
        coopRoles.Where(r => r.Source == RoleSource.Scraped && r.SourceUrl == sourceUrl).ToList();

    private static Dictionary<string, Role> ByKey(IReadOnlyList<Role> coopRoles) =>
        coopRoles.Where(r => r.Source == RoleSource.Scraped && r.SourceKey is not null)
            .GroupBy(r => r.SourceKey!).ToDictionary(g => g.Key, g => g.First());

    private static ILookup<string, Role> PostedByTitle(IReadOnlyList<Role> coopRoles) =>
        coopRoles.Where(r => r.Source == RoleSource.Posted).ToLookup(r => TitleKey.Of(r.Title));

    // The source states exactly what it stated last time, of a role still listed.
    private static bool ReadAsBefore(Role existing, ScrapedRole scraped) =>
        existing.Status is RoleStatus.Open or RoleStatus.Draft && existing.ScrapeFingerprint == ScrapeFingerprint.Of(scraped);

    private static IEnumerable<Role> StillListed(IEnumerable<Role> fromSource) =>
        fromSource.Where(r => r.Status is RoleStatus.Open or RoleStatus.Draft);

    private static IEnumerable<Role> Missing(IEnumerable<Role> fromSource, HashSet<string> seen) =>
        StillListed(fromSource).Where(r => !seen.Contains(r.SourceKey ?? ""));

    private static void Refresh(Role existing, ScrapedRole scraped, ScrapeRun run, DateTimeOffset now, HashSet<Role> changed)
    {
        var before = Fingerprint(existing);
        if (!ScrapedRoleMapping.Apply(scraped, existing, run.SourceUrl, now))
        {
            run.Skipped++;
            return;
        }
        if (Fingerprint(existing) != before)
        {
            run.Updated++;
        }
        existing.ScrapeFingerprint = ScrapeFingerprint.Of(scraped);
        if (existing.Status == RoleStatus.Closed && existing.LinkedRoleId is null)
        {
            existing.Status = RoleStatus.Open;
            existing.ClosedAt = null;
            run.Reopened++;
        }
        Seen(existing, now);
        changed.Add(existing);
    }

    // The co-op's own post stays the one listed; it learns that its site still shows it. A scraped copy made before
    // the co-op posted by hand retires in favour of the post.
    private static void Link(Role twin, Role? scrapedCopy, ScrapeRun run, DateTimeOffset now, HashSet<Role> changed)
    {
        twin.LastSeenAt = now;
        changed.Add(twin);
        run.Linked++;
        if (scrapedCopy is not null && (scrapedCopy.LinkedRoleId != twin.Id || scrapedCopy.Status == RoleStatus.Open))
        {
            scrapedCopy.LinkedRoleId = twin.Id;
            scrapedCopy.Status = RoleStatus.Closed;
            scrapedCopy.ClosedAt ??= now;
            scrapedCopy.UpdatedAt = now;
            changed.Add(scrapedCopy);
        }
    }

    private static void Seen(Role role, DateTimeOffset now)
    {
        role.LastSeenAt = now;
        role.MissedScrapes = 0;
    }

    private static string Fingerprint(Role r) => string.Join('\u001f',
        r.Title, r.DescriptionHtml, r.Location, r.Remote, r.EmploymentType, r.Salary, r.ApplyUrl, r.ValidThrough, string.Join(',', r.Skills), r.SourceTerms);

    // Fixed per (co-op, key): a retried or concurrent insert of the same role collides instead of duplicating.
    private static Guid IdFor(Guid coopId, string sourceKey) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"{coopId:N}:scraped:{sourceKey}")).AsSpan(0, 16));
}
