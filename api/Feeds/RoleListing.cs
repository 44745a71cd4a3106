using Marten;
using RolesBoard.Api.Coops;
using RolesBoard.Api.GraphQL;
using RolesBoard.Api.Roles;

namespace RolesBoard.Api.Feeds;

/// <summary>A page of open roles with their co-ops, and when anything that could change it last changed.</summary>
public sealed record RoleListing(IReadOnlyList<ListedRole> Roles, PageInfo PageInfo, int TotalCount, DateTimeOffset LastModified, Coop? Coop);

public sealed record ListedRole(Role Role, Coop Coop);

/// <summary>
/// Reads listings for the feeds, the HTML list and the widget through <see cref="RoleSearch"/>, so they
/// filter exactly like the GraphQL <c>roles</c> query (skill aliases, full-text ranking, expiry).
/// </summary>
public sealed class RoleListings(RoleSearch search, IQuerySession session, IDocumentStore store)
{
    /// <summary>The listing, or null with a message when the request names a co-op that does not exist.</summary>
    public async Task<(RoleListing? Listing, string? Error)> ReadAsync(FeedRequest request, CancellationToken cancellationToken)
    {
        Coop? coop = null;
        if (request.Filter.Coop is { } slug)
        {
            coop = await session.Query<Coop>().FirstOrDefaultAsync(c => c.Slug == slug, cancellationToken);
            if (coop is null)
            {
                return (null, $"No co-op has the slug '{slug}'.");
            }
        }
        Connection<Role> page;
        try
        {
            page = await search.SearchAsync(request.Filter, request.Limit, request.After, cancellationToken);
        }
        catch (global::GraphQL.ExecutionError e)
        {
            return (null, e.Message);
        }
        var coops = (await session.LoadManyAsync<Coop>(cancellationToken, page.Edges.Select(e => e.Node.CoopId).Distinct()))
            .ToDictionary(c => c.Id);
        var roles = page.Edges.Where(e => coops.ContainsKey(e.Node.CoopId)).Select(e => new ListedRole(e.Node, coops[e.Node.CoopId])).ToList();
        return (new RoleListing(roles, page.PageInfo, page.TotalCount, await LastChangeAsync(cancellationToken), coop), null);
    }

    /// <summary>
    /// The latest change to any role or co-op, or the latest expiry that has passed: a listing's content can
    /// change only then. Taken over all roles (not just the page) so that a role closing or expiring moves
    /// it forward even though that role leaves the page; the output cache keeps this scan off hot paths.
    /// </summary>
    public async Task<DateTimeOffset> LastChangeAsync(CancellationToken cancellationToken)
    {
        var schema = store.Options.DatabaseSchemaName;
        var latest = await session.QueryAsync<DateTimeOffset>($"""
            select coalesce(greatest(
              (select max(mt_last_modified) from {schema}.mt_doc_role),
              (select max(expires_at) from {schema}.mt_doc_role where expires_at <= now()),
              (select max(mt_last_modified) from {schema}.mt_doc_coop)), 'epoch'::timestamptz)
            """, cancellationToken);
        return latest.Single();
    }
}
