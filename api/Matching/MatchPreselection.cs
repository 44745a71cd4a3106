using Marten;
using RolesBoard.Api.Geography;
using RolesBoard.Api.Matching.Index;
using RolesBoard.Api.Profiles;
using RolesBoard.Api.Roles;

namespace RolesBoard.Api.Matching;

/// <summary>
/// Candidate selection, from the in-memory <see cref="MatchIndex"/> once it is built (the fast path), and in PostgreSQL
/// before that; either way only the proposed rows' documents are read and scored exactly. The SQL path: selection in PostgreSQL, so matching does not load 100,000 roles or 310,942 profiles: the GIN index on
/// the duplicated <c>skills text[]</c> column finds rows sharing at least one skill or related skill (<c>&amp;&amp;</c>
/// with the other side's skills expanded through the vocabulary at query time, so a growing skills.json needs no
/// re-indexing); the place predicates (duplicated columns, no jsonb) drop what the seeker cannot work from; a cheap
/// overlap rank keeps the best <see cref="Limit"/> ids, and only those rows' documents are read. Exact scoring of
/// those few hundred happens in C# (<see cref="MatchScorer"/>).
/// Known limit (measured on 100,000 synthetic roles and 310,942 profiles, on a machine that was also busy with other
/// work): when a common skill such as JavaScript is shared by half the rows, the GIN bitmap and the rank still touch
/// tens of thousands of rows, far over the 50 ms / 150 ms targets; hence the index, which makes the same cut in memory.
/// </summary>
public sealed class MatchPreselection(IQuerySession session, IDocumentStore store, MatchIndex index)
{
    /// <summary>
    /// How many proposals are read and scored exactly. With the index's cut using the scorer's cheap factors, the best
    /// 180 held 93 % of the exact top 20 at full scale (250: 96 %, 120: 71 %); each proposal costs a document read and a score.
    /// </summary>
    public const int Limit = 180;

    /// <summary>Rank terms beyond this many skills add cost and hardly change the cut.</summary>
    private const int MaxRankTerms = 40;

    private string Schema => store.Options.DatabaseSchemaName;

    public async Task<IReadOnlyList<Role>> RolesForAsync(Profile seeker, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (index.IsReady)
        {
            var floor = seeker.SalaryFloor is null ? null : seeker.SalaryFloorYearlyGbp;
            var ids = index.RolesFor(Terms(seeker.Skills), new Seeker(seeker.Country, seeker.WillRelocate, seeker.EmploymentTypes, floor), now, Limit);
            // Re-checked on the documents themselves: the index may lag a commit made by another replica.
            return (await LoadAsync<Role>(ids, cancellationToken)).Where(r => r.IsOpenAt(now)).ToList();
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
        parameters.Add(Limit);
        var sql = $"""
            select r.data from {Schema}.mt_doc_role r join (
              select d.id from {Schema}.mt_doc_role d where {where} order by {rank} desc, d.date_posted desc limit ?
            ) best on best.id = r.id
            """;
        return await session.QueryAsync<Role>(sql, cancellationToken, [.. parameters]);
    }

    public async Task<IReadOnlyList<Profile>> ProfilesForAsync(Role role, CancellationToken cancellationToken)
    {
        var countries = role.Remote == RemotePolicy.Remote ? RegionCountries(role.RemoteRegions) : role.Country is { } c ? [c] : null;
        if (index.IsReady)
        {
            var ids = index.ProfilesFor(Terms(role.Skills), countries, Limit);
            // Visibility is re-checked on the documents: a profile made private elsewhere never leaks from a stale entry.
            return (await LoadAsync<Profile>(ids, cancellationToken)).Where(p => p.VisibleToCoops).ToList();
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
        parameters.Add(Limit);
        var sql = $"""
            select p.data from {Schema}.mt_doc_profile p join (
              select d.id from {Schema}.mt_doc_profile d where {where} order by {rank} desc, d.id limit ?
            ) best on best.id = p.id
            """;
        return await session.QueryAsync<Profile>(sql, cancellationToken, [.. parameters]);
    }

    /// <summary>The cut's terms: the side's own skills weigh 1, skills only related to them 0.5 (as the SQL rank).</summary>
    private static Dictionary<string, double> Terms(IReadOnlyList<string> skills)
    {
        var terms = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var skill in skills)
        {
            terms[skill] = 1.0;
        }
        foreach (var related in SkillGraph.Default.Reach(skills).Where(r => !terms.ContainsKey(r)).Take(MaxRankTerms))
        {
            terms[related] = 0.5;
        }
        return terms;
    }

    /// <summary>The proposed documents, in the index's order; ids that no longer load (deleted elsewhere) drop out.</summary>
    private async Task<IReadOnlyList<T>> LoadAsync<T>(IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
        where T : notnull
    {
        if (ids.Count == 0)
        {
            return [];
        }
        var loaded = await session.LoadManyAsync<T>(cancellationToken, ids);
        return loaded;
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
