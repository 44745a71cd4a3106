using GraphQL;
using Marten;
using RolesBoard.Api.Auth;
using RolesBoard.Api.Coops;
using RolesBoard.Api.Profiles;
using RolesBoard.Api.Roles;

namespace RolesBoard.Api.Matching;

public sealed record RoleMatch(Role Role, Fit Fit);

/// <summary>A candidate for a co-op: the fit, with reasons written for the co-op (<see cref="CoopReasons"/>).</summary>
public sealed record CandidateMatch(Profile Profile, Fit Fit, IReadOnlyList<string> Reasons);

/// <summary>matches and candidates: preselect (the match index), score the documents exactly, best first.</summary>
public sealed class Matches(IQuerySession session, MatchPreselection preselection, ProfileAccess access, Caller caller, TimeProvider clock)
{
    public async Task<IReadOnlyList<RoleMatch>> ForProfileAsync(Guid profileId, int first, CancellationToken cancellationToken)
    {
        var seeker = SeekerFacts.From(await access.OwnOrThrowAsync(profileId, "matches", cancellationToken));
        var now = clock.GetUtcNow();
        var roles = await preselection.RolesForAsync(seeker, now, first, cancellationToken);
        return Ranking.BestRoles(seeker, roles, preselection.FactsOf, now, first).Select(x => new RoleMatch(x.Item, x.Fit)).ToList();
    }

    public async Task<IReadOnlyList<CandidateMatch>> ForRoleAsync(Guid roleId, int first, CancellationToken cancellationToken)
    {
        var role = preselection.FactsOf(await OwnRoleOrThrowAsync(caller, session, roleId, "candidates", cancellationToken));
        var now = clock.GetUtcNow();
        var profiles = await preselection.ProfilesForAsync(role, now, first, cancellationToken);
        return Ranking.BestSeekers(role, profiles, SeekerFacts.From, now, first).Select(x => new CandidateMatch(x.Item, x.Fit, CoopReasons.For(x.Item, role, x.Fit, now))).ToList();
    }

    /// <summary>The role, when the caller is its co-op: no key is UNAUTHENTICATED, another co-op's key FORBIDDEN.</summary>
    internal static async Task<Role> OwnRoleOrThrowAsync(Caller caller, IQuerySession session, Guid roleId, string operation, CancellationToken cancellationToken)
    {
        var coop = await caller.CoopAsync(cancellationToken);
        if (coop is null)
        {
            throw caller.Secret is null
                ? new ExecutionError($"{operation} needs the role's co-op key in Authorization: Bearer <key>.") { Code = "UNAUTHENTICATED" }
                : new ExecutionError("That key belongs to no co-op.") { Code = "FORBIDDEN" };
        }
        var role = roleId == Guid.Empty ? null : await session.LoadAsync<Role>(roleId, cancellationToken);
        if (role is null)
        {
            throw new ExecutionError("No role has that id.") { Code = "NOT_FOUND" };
        }
        return role.CoopId == coop.Id ? role : throw new ExecutionError("Only the role's own co-op sees its candidates and introductions.") { Code = "FORBIDDEN" };
    }
}
