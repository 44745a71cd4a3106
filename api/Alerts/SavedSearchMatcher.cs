using Marten;
using RolesBoard.Api.Roles;

namespace RolesBoard.Api.Alerts;

/// <summary>
/// The saved searches a new role satisfies: proposed by the in-memory <see cref="SavedSearchIndex"/> (skills and the
/// other resolved criteria), confirmed to still exist in one query by id, and those with free text checked together
/// by PostgreSQL's full-text search against the role's stored vector, in one more.
/// </summary>
public sealed class SavedSearchMatcher(IDocumentStore store, SavedSearchIndex index)
{
    private string Schema => store.Options.DatabaseSchemaName;

    public async Task<IReadOnlyList<SavedSearchIndex.Entry>> MatchAsync(IQuerySession session, Role role, CancellationToken cancellationToken)
    {
        var proposed = index.Matching(role);
        if (proposed.Count == 0)
        {
            return proposed;
        }
        var existing = (await session.QueryAsync<Guid>($"select id from {Schema}.mt_doc_alert where id = any(?)", cancellationToken,
            proposed.Select(e => e.Id).ToArray())).ToHashSet();
        if (existing.Count < proposed.Count)
        {
            index.Remove(proposed.Where(e => !existing.Contains(e.Id)).Select(e => e.Id));
        }
        var matched = proposed.Where(e => existing.Contains(e.Id)).ToList();
        var withText = matched.Where(e => e.Criteria.Query is not null).ToList();
        if (withText.Count == 0)
        {
            return matched;
        }
        var sql = $"""
            select q.id from unnest(?::uuid[], ?::text[]) as q(id, query)
            where exists (select 1 from {Schema}.mt_doc_role r where r.id = ? and r.search_vector @@ websearch_to_tsquery('english', q.query))
            """;
        var textHits = (await session.QueryAsync<Guid>(sql, cancellationToken,
            withText.Select(e => e.Id).ToArray(), withText.Select(e => e.Criteria.Query!).ToArray(), role.Id)).ToHashSet();
        return matched.Where(e => e.Criteria.Query is null || textHits.Contains(e.Id)).ToList();
    }
}
