using Marten;
using RolesBoard.Api.Geography;
using RolesBoard.Api.Matching.Index;
using RolesBoard.Api.Profiles;
using RolesBoard.Api.Roles;

namespace RolesBoard.Api.Matching;

/// <summary>
/// Which documents matching reads and scores. From the in-memory <see cref="MatchIndex"/> once it is built (the fast
/// path): its cut proposes the best few hundred or thousand (<see cref="RolesCut"/>, <see cref="ProfilesCut"/>) by
/// the scorer's skill factor and its cheap factors, those are scored exactly on the index's facts, and only the page's
/// documents (plus a few spare) are read. Before the index is built, in PostgreSQL:
/// the GIN index on the duplicated <c>skills text[]</c> column finds rows sharing at least one skill or related skill
/// (<c>&amp;&amp;</c> with the other side's skills expanded through the vocabulary at query time, so a growing
/// skills.json needs no re-indexing); the place predicates (duplicated columns, no jsonb) drop what the seeker cannot
/// work from; a cheap overlap rank keeps the best <see cref="SqlLimit"/> ids, and those rows' documents are read.
/// Why the index: when a common skill such as JavaScript is shared by half the rows, the GIN bitmap and the SQL rank
/// touch tens of thousands of rows (matches p95 over 700 ms at 100,000 roles); in memory the same cut is array
/// arithmetic, and scoring facts in memory spares reading a few hundred documents per query.
/// </summary>
public sealed class MatchPreselection(IQuerySession session, IDocumentStore store, MatchIndex index)
{
    /// <summary>
    /// How many of the index's cut are scored exactly, for a seeker's matches. Each costs a score in memory (a few
    /// microseconds), no database read. At full scale (100,000 roles) 600 gave the exhaustive ranking's top 20 for 10
    /// seekers out of 10.
    /// </summary>
    public const int RolesCut = 600;

    /// <summary>The same for a role's candidates: far more profiles tie on skills, and the target (150 ms) allows more.</summary>
    public const int ProfilesCut = 2000;

    /// <summary>Proposals read beyond the page, so a role closed (or a profile hidden) on another replica since the index last looked does not shorten it.</summary>
    private const int Spare = 10;

    /// <summary>How many rows the SQL fallback reads and scores exactly.</summary>
    public const int SqlLimit = 180;

    /// <summary>Rank terms beyond this many skills add cost and hardly change the cut.</summary>
    private const int MaxRankTerms = 40;

    private string Schema => store.Options.DatabaseSchemaName;

    public async Task<IReadOnlyList<Role>> RolesForAsync(SeekerFacts seeker, DateTimeOffset now, int first, CancellationToken cancellationToken)
    {
        if (index.IsReady)
        {
            var cut = index.RolesFor(seeker, now, RolesCut);
            var best = Ranking.TopRoles(seeker, cut, facts => facts, now, first + Spare);
            // Re-checked on the documents themselves: the index may lag a commit made by another replica.
            return (await LoadAsync<Role>(best.Select(b => b.Id), cancellationToken)).Where(r => r.IsOpenAt(now)).ToList();
        }
        var reach = SkillGraph.Default.Reach(seeker.Skills);
        var parameters = new List<object> { now, reach };
        var where = "d.status = 'Open' and (d.expires_at is null or d.expires_at > ?) and d.skills && ?";
        if (seeker.Country is { } country && !seeker.WillRelocate)
        {
            // Remote and open to their country (no regions: anywhere), or based in their country (or nowhere stated).
            where += " and ((d.remote = 'Remote' and (cardinality(d.remote_regions) = 0 or d.remote_regions && ?))"
                + " or (d.remote is distinct from 'Remote' and coalesce(d.country, ?) = ?))";
            parameters.AddRange([Countries.IsInEu(country) ? new[] { country, Countries.EuropeanUnion } : [country], country, country]);
        }
        var rank = Rank(seeker.Skills, reach, parameters);
        parameters.Add(SqlLimit);
        var sql = $"""
            select r.data from {Schema}.mt_doc_role r join (
              select d.id from {Schema}.mt_doc_role d where {where} order by {rank} desc, d.date_posted desc limit ?
            ) best on best.id = r.id
            """;
        return await session.QueryAsync<Role>(sql, cancellationToken, [.. parameters]);
    }

    public async Task<IReadOnlyList<Profile>> ProfilesForAsync(RoleFacts role, DateTimeOffset now, int first, CancellationToken cancellationToken)
    {
        var countries = role.Remote == RemotePolicy.Remote ? RegionCountries(role.RemoteRegions) : role.Country is { } c ? [c] : null;
        if (index.IsReady)
        {
            var cut = index.ProfilesFor(role, countries, ProfilesCut);
            var best = Ranking.TopSeekers(role, cut, facts => facts, now, first + Spare);
            // Visibility is re-checked on the documents: a profile made private elsewhere never leaks from a stale entry.
            return (await LoadAsync<Profile>(best.Select(b => b.Id), cancellationToken)).Where(p => p.VisibleToCoops).ToList();
        }
        var reach = SkillGraph.Default.Reach(role.Skills);
        var parameters = new List<object> { reach };
        var where = "d.visible_to_coops = true and d.skills && ?";
        if (countries is { Length: > 0 })
        {
            // Living where the role can be done from, or willing to move, or not saying where they live.
            where += " and (d.country is null or d.country = any(?) or d.will_relocate)";
            parameters.Add(countries);
        }
        var rank = Rank(role.Skills, reach, parameters);
        parameters.Add(SqlLimit);
        var sql = $"""
            select p.data from {Schema}.mt_doc_profile p join (
              select d.id from {Schema}.mt_doc_profile d where {where} order by {rank} desc, d.id limit ?
            ) best on best.id = p.id
            """;
        return await session.QueryAsync<Profile>(sql, cancellationToken, [.. parameters]);
    }

    /// <summary>The proposed documents; ids that no longer load (deleted elsewhere) drop out.</summary>
    private async Task<IReadOnlyList<T>> LoadAsync<T>(IEnumerable<Guid> ids, CancellationToken cancellationToken)
        where T : notnull
    {
        var wanted = ids.ToArray();
        return wanted.Length == 0 ? [] : await session.LoadManyAsync<T>(cancellationToken, wanted);
    }

    /// <summary>
    /// Share of a row's skills the other side has (1) or is related to (0.5): a rough coverage, only for the cut.
    /// One containment test per skill, no per-row subquery; the arrays are tiny.
    /// </summary>
    private static string Rank(IReadOnlyList<string> skills, string[] reach, List<object> parameters)
    {
        var terms = skills.Select(s => (Skill: s, Weight: "1.0"))
            .Concat(reach.Except(skills, StringComparer.Ordinal).Select(s => (Skill: s, Weight: "0.5")))
            .Take(MaxRankTerms)
            .Select(t =>
            {
                parameters.Add(new[] { t.Skill });
                return $"{t.Weight} * (d.skills @> ?)::int";
            });
        return $"({string.Join(" + ", terms.DefaultIfEmpty("0"))}) / (cardinality(d.skills) + 1)";
    }

    private static string[] RegionCountries(IReadOnlyCollection<string> regions) =>
        regions.SelectMany(r => r == Countries.EuropeanUnion ? Countries.EuMemberStates : [r]).Distinct().ToArray();
}
