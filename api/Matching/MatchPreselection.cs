using Marten;
using RolesBoard.Api.Geography;
using RolesBoard.Api.Matching.Index;
using RolesBoard.Api.Profiles;
using RolesBoard.Api.Roles;

namespace RolesBoard.Api.Matching;

/// <summary>
/// Which documents matching reads and scores, from the in-memory <see cref="MatchIndex"/>: its cut proposes the best
/// few hundred or thousand (<see cref="RolesCut"/>, <see cref="ProfilesCut"/>) by the scorer's skill factor and its
/// cheap factors, those are scored exactly on the index's facts, and only the page's documents (plus a few spare) are
/// read. There is one path: until the index is built (seconds after start), matching answers "not ready" (503 with
/// Retry-After, and readiness fails, so a load balancer sends matching elsewhere) rather than falling back to a
/// slower SQL preselection that repeated the scoring rules a fourth time and was tens of times slower at scale.
/// </summary>
public sealed class MatchPreselection(IQuerySession session, MatchIndex index)
{
    /// <summary>
    /// How many of the index's cut are scored exactly, for a seeker's matches. Each costs a score in memory (a few
    /// microseconds), no database read. At full scale (100,000 roles) 600 gave the exhaustive ranking's top 20 for 10
    /// seekers out of 10.
    /// </summary>
    public const int RolesCut = 600;

    /// <summary>The same for a role's candidates: far more profiles tie on skills.</summary>
    public const int ProfilesCut = 2000;

    /// <summary>Proposals read beyond the page, so a role closed (or a profile hidden) on another replica since the index last looked does not shorten it.</summary>
    private const int Spare = 10;

    /// <summary>The role's facts with its co-op's terms as the index knows them.</summary>
    public RoleFacts FactsOf(Role role) => RoleFacts.From(role, index.TermsOf(role.CoopId));

    public async Task<IReadOnlyList<Role>> RolesForAsync(SeekerFacts seeker, DateTimeOffset now, int first, CancellationToken cancellationToken)
    {
        EnsureReady();
        var best = BestRoles(index, seeker, now, first + Spare);
        // Re-checked on the documents themselves: the index may lag a commit made by another replica.
        return (await LoadAsync<Role>(best.Select(b => b.Id), cancellationToken)).Where(r => r.IsOpenAt(now)).ToList();
    }

    public async Task<IReadOnlyList<Profile>> ProfilesForAsync(RoleFacts role, DateTimeOffset now, int first, CancellationToken cancellationToken)
    {
        EnsureReady();
        var best = BestSeekers(index, role, now, first + Spare);
        // Visibility is re-checked on the documents: a profile made private elsewhere never leaks from a stale entry.
        return (await LoadAsync<Profile>(best.Select(b => b.Id), cancellationToken)).Where(p => p.VisibleToCoops).ToList();
    }

    /// <summary>The in-memory part of matches: the index's cut, scored exactly on its facts (the benchmark's floor calls it too).</summary>
    public static IEnumerable<RoleFacts> BestRoles(MatchIndex index, SeekerFacts seeker, DateTimeOffset now, int take) =>
        Ranking.TopRoles(seeker, index.RolesFor(seeker, now, RolesCut), facts => facts, now, take);

    /// <summary>The in-memory part of candidates: profiles who can work where the role is done, cut and scored exactly.</summary>
    public static IEnumerable<SeekerFacts> BestSeekers(MatchIndex index, RoleFacts role, DateTimeOffset now, int take)
    {
        var countries = role.Remote == RemotePolicy.Remote ? RegionCountries(role.RemoteRegions) : role.Country is { } c ? [c] : null;
        return Ranking.TopSeekers(role, index.ProfilesFor(role, countries, ProfilesCut), facts => facts, now, take);
    }

    private void EnsureReady()
    {
        if (!index.IsReady)
        {
            throw new MatchIndexNotReadyError();
        }
    }

    /// <summary>The proposed documents; ids that no longer load (deleted elsewhere) drop out.</summary>
    private async Task<IReadOnlyList<T>> LoadAsync<T>(IEnumerable<Guid> ids, CancellationToken cancellationToken)
        where T : notnull
    {
        var wanted = ids.ToArray();
        return wanted.Length == 0 ? [] : await session.LoadManyAsync<T>(cancellationToken, wanted);
    }

    private static string[] RegionCountries(IReadOnlyCollection<string> regions) =>
        regions.SelectMany(r => r == Countries.EuropeanUnion ? Countries.EuMemberStates : [r]).Distinct().ToArray();
}
