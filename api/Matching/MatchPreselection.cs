using Marten;
using RolesBoard.Api.Geography;
using RolesBoard.Api.Profiles;
using RolesBoard.Api.Roles;

namespace RolesBoard.Api.Matching;

/// <summary>
/// Candidate selection in PostgreSQL, so matching stays fast at 100,000 roles and 310,942 profiles: the GIN index on
/// the duplicated <c>skills text[]</c> column finds rows sharing at least one skill or related skill (<c>&amp;&amp;</c>
/// with the other side's skills expanded through the vocabulary at query time, so a growing skills.json needs no
/// re-indexing); the place predicates drop what the seeker cannot work from; a cheap overlap rank keeps the best
/// <see cref="Limit"/>. Exact scoring of those few hundred happens in C# (<see cref="MatchScorer"/>).
/// </summary>
public sealed class MatchPreselection(IQuerySession session, IDocumentStore store)
{
    /// <summary>Enough that the exact scorer's top 100 rarely differs from scoring everything; few enough to score in a millisecond or two.</summary>
    public const int Limit = 400;

    // Share of a row's skills that the other side has (1) or is related to (0.5): a rough coverage, only for the cut.
    private const string OverlapRank =
        "(select coalesce(sum(case when s = any(?) then 1.0 when s = any(?) then 0.5 else 0 end), 0) from unnest(d.skills) s) / (cardinality(d.skills) + 1)";

    private string Schema => store.Options.DatabaseSchemaName;

    public async Task<IReadOnlyList<Role>> RolesForAsync(Profile seeker, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var skills = seeker.Skills.ToArray();
        var reach = SkillGraph.Default.Reach(skills);
        var where = "d.status = 'Open' and (d.expires_at is null or d.expires_at > ?) and d.skills && ?";
        var parameters = new List<object> { now, reach };
        if (seeker.Country is { } country && !seeker.WillRelocate)
        {
            // Remote and open to their country (no regions: anywhere), or based in their country (or nowhere stated).
            where += " and ((d.remote = 'Remote' and (jsonb_array_length(coalesce(d.data -> 'remoteRegions', '[]'::jsonb)) = 0"
                + " or jsonb_exists_any(d.data -> 'remoteRegions', ?))) or (d.remote is distinct from 'Remote' and coalesce(d.data ->> 'country', ?) = ?))";
            parameters.AddRange([Countries.IsInEu(country) ? new[] { country, Countries.EuropeanUnion } : [country], country, country]);
        }
        parameters.AddRange([skills, reach, Limit]);
        var sql = $"select d.data from {Schema}.mt_doc_role d where {where} order by {OverlapRank} desc, d.date_posted desc limit ?";
        return await session.QueryAsync<Role>(sql, cancellationToken, [.. parameters]);
    }

    public async Task<IReadOnlyList<Profile>> ProfilesForAsync(Role role, CancellationToken cancellationToken)
    {
        var skills = role.Skills.ToArray();
        var reach = SkillGraph.Default.Reach(skills);
        var where = "d.visible_to_coops = true and d.skills && ?";
        var parameters = new List<object> { reach };
        var countries = role.Remote == RemotePolicy.Remote ? RegionCountries(role.RemoteRegions) : role.Country is { } c ? [c] : null;
        if (countries is { Length: > 0 })
        {
            // Living where the role can be done from, or willing to move, or not saying where they live.
            where += " and (d.data ->> 'country' is null or d.data ->> 'country' = any(?) or (d.data ->> 'willRelocate')::boolean)";
            parameters.Add(countries);
        }
        parameters.AddRange([skills, reach, Limit]);
        var sql = $"select d.data from {Schema}.mt_doc_profile d where {where} order by {OverlapRank} desc, d.id limit ?";
        return await session.QueryAsync<Profile>(sql, cancellationToken, [.. parameters]);
    }

    private static string[] RegionCountries(IReadOnlyCollection<string> regions) =>
        regions.SelectMany(r => r == Countries.EuropeanUnion ? Countries.EuropeanUnionMembers : [r]).Distinct().ToArray();
}
