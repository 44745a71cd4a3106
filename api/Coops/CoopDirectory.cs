using Marten;
using RolesBoard.Api.GraphQL;

namespace RolesBoard.Api.Coops;

/// <summary>Co-ops by name, keyset-paged; optionally only one network's, or only verified members.</summary>
public sealed class CoopDirectory(IQuerySession session)
{
    public async Task<Connection<Coop>> ListAsync(int first, string? after, string? network, bool? verified, CancellationToken cancellationToken)
    {
        var query = session.Query<Coop>().AsQueryable();
        if (!string.IsNullOrWhiteSpace(network))
        {
            var wanted = network.Trim();
            query = query.Where(c => c.Networks.Contains(wanted));
        }
        if (verified is { } onlyVerified)
        {
            query = query.Where(c => c.Verified == onlyVerified);
        }
        var total = await query.CountAsync(cancellationToken);
        if (Cursor.TryDecode(after, out var afterSlug, out _))
        {
            // Slugs are unique, so they alone order the pages.
            query = query.Where(c => string.Compare(c.Slug, afterSlug) > 0);
        }
        else if (after is not null)
        {
            throw new global::GraphQL.ExecutionError("'after' is not a cursor this API issued.") { Code = "INVALID_CURSOR" };
        }
        var rows = await query.OrderBy(c => c.Slug).Take(first + 1).ToListAsync(cancellationToken);
        var edges = rows.Take(first).Select(c => new Edge<Coop>(Cursor.Encode(c.Slug, c.Id), c)).ToList();
        return new Connection<Coop>(edges, new PageInfo(rows.Count > first, after is not null, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor), total);
    }

    public Task<Coop?> BySlugAsync(string slug, CancellationToken cancellationToken) =>
        session.Query<Coop>().FirstOrDefaultAsync(c => c.Slug == slug.Trim().ToLowerInvariant(), cancellationToken);
}
