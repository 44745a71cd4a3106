using Marten;
using RolesBoard.Api.Roles;

namespace RolesBoard.Api.Alerts;

/// <summary>
/// The saved searches a new role satisfies: the searches sharing one of its skills (or naming none) come from the
/// skills GIN index, are checked in memory against their resolved criteria, and those with free text are checked
/// together by PostgreSQL's full-text search against the role's stored vector, in one query.
/// </summary>
public sealed class SavedSearchMatcher(IDocumentStore store)
{
    private string Schema => store.Options.DatabaseSchemaName;

    public async Task<IReadOnlyList<Alert>> MatchAsync(IQuerySession session, Role role, CancellationToken cancellationToken)
    {
        var candidates = await session.QueryAsync<Alert>(
            "where kind = 'SavedSearch' and (skills && ? or cardinality(skills) = 0)", cancellationToken,
            // One array parameter: a bare string[] would be taken for the params array itself.
            new object[] { role.Skills.ToArray() });
        var matched = candidates.Where(a => a.Criteria is { } c && c.Matches(role)).ToList();
        var withText = matched.Where(a => a.Criteria!.Query is not null).ToList();
        if (withText.Count == 0)
        {
            return matched;
        }
        var sql = $"""
            select q.id from unnest(?::uuid[], ?::text[]) as q(id, query)
            where exists (select 1 from {Schema}.mt_doc_role r where r.id = ? and r.search_vector @@ websearch_to_tsquery('english', q.query))
            """;
        var textHits = (await session.QueryAsync<Guid>(sql, cancellationToken,
            withText.Select(a => a.Id).ToArray(), withText.Select(a => a.Criteria!.Query!).ToArray(), role.Id)).ToHashSet();
        return matched.Where(a => a.Criteria!.Query is null || textHits.Contains(a.Id)).ToList();
    }
}
