using System.Security.Cryptography;
using System.Text;
using Marten;
using RolesBoard.Api.Auth;
using RolesBoard.Api.Coops;
using RolesBoard.Api.GraphQL;
using RolesBoard.Api.Profiles;
using RolesBoard.Api.Roles;

namespace RolesBoard.Api.Matching;

/// <summary>What a co-op sees of an introduction: the candidate always, their contact only once accepted.</summary>
public sealed record CoopIntroduction(Introduction Introduction, Profile Candidate)
{
    public Contact? Contact => Introduction.Status == IntroductionStatus.Accepted ? new Contact(Candidate.Name, Candidate.Email) : null;
}

public sealed record Contact(string Name, string Email);

/// <summary>What a seeker sees of a request: the role and the message.</summary>
public sealed record SeekerIntroduction(Introduction Introduction, Role Role);

/// <summary>Co-ops ask to be introduced to opted-in candidates; seekers see and answer the requests.</summary>
public sealed class Introductions(IDocumentSession session, Caller caller, ProfileAccess access, TimeProvider clock)
{
    public async Task<Payload<CoopIntroduction>> RequestAsync(Guid roleId, Guid profileId, string? message, CancellationToken cancellationToken)
    {
        var coop = await caller.CoopAsync(cancellationToken);
        if (coop is null)
        {
            return caller.Secret is null ? Payload<CoopIntroduction>.Unauthenticated("requestIntroduction") : Payload<CoopIntroduction>.Forbidden("That key belongs to no co-op.");
        }
        var role = roleId == Guid.Empty ? null : await session.LoadAsync<Role>(roleId, cancellationToken);
        if (role is null)
        {
            return Payload<CoopIntroduction>.Fail("roleId", "NOT_FOUND", "No role has that id.");
        }
        if (role.CoopId != coop.Id)
        {
            return Payload<CoopIntroduction>.Forbidden("A co-op asks for introductions only for its own roles.");
        }
        // A private profile answers exactly like a missing one: co-ops cannot learn it exists.
        var profile = profileId == Guid.Empty ? null : await session.LoadAsync<Profile>(profileId, cancellationToken);
        if (profile is not { VisibleToCoops: true })
        {
            return Payload<CoopIntroduction>.Fail("profileId", "NOT_FOUND", "No candidate has that id.");
        }
        var check = new Validation();
        var text = check.RequiredText("message", message, 2000);
        if (!check.IsValid)
        {
            return Payload<CoopIntroduction>.Fail(check.Errors);
        }
        // One request per role and candidate: asking again returns the first, so a co-op cannot pester.
        var id = IdFor(roleId, profileId);
        var introduction = await session.LoadAsync<Introduction>(id, cancellationToken);
        if (introduction is null)
        {
            introduction = new Introduction { Id = id, RoleId = roleId, CoopId = coop.Id, ProfileId = profileId, Message = text!, RequestedAt = clock.GetUtcNow() };
            session.Insert(introduction);
            await session.SaveChangesAsync(cancellationToken);
        }
        return Payload<CoopIntroduction>.Ok(new CoopIntroduction(introduction, profile));
    }

    public async Task<Payload<SeekerIntroduction>> AnswerAsync(Guid id, bool accept, CancellationToken cancellationToken)
    {
        var introduction = id == Guid.Empty ? null : await session.LoadAsync<Introduction>(id, cancellationToken);
        var owned = await access.OwnAsync(introduction?.ProfileId ?? Guid.Empty, "answerIntroduction", cancellationToken);
        if (owned.Profile is null)
        {
            var error = introduction is null && owned.Error!.Code == "NOT_FOUND"
                ? new UserError("id", "No introduction request has that id.", "NOT_FOUND")
                : owned.Error!;
            return Payload<SeekerIntroduction>.Fail([error]);
        }
        introduction!.Status = accept ? IntroductionStatus.Accepted : IntroductionStatus.Declined;
        introduction.AnsweredAt = clock.GetUtcNow();
        session.Store(introduction);
        await session.SaveChangesAsync(cancellationToken);
        var role = await session.LoadAsync<Role>(introduction.RoleId, cancellationToken);
        return Payload<SeekerIntroduction>.Ok(new SeekerIntroduction(introduction, role!));
    }

    public async Task<IReadOnlyList<SeekerIntroduction>> ForProfileAsync(Guid profileId, CancellationToken cancellationToken)
    {
        await access.OwnOrThrowAsync(profileId, "introductionRequests", cancellationToken);
        var requests = await session.Query<Introduction>().Where(i => i.ProfileId == profileId).OrderByDescending(i => i.RequestedAt).ToListAsync(cancellationToken);
        var roles = (await session.LoadManyAsync<Role>(cancellationToken, requests.Select(i => i.RoleId).Distinct())).ToDictionary(r => r.Id);
        return requests.Where(i => roles.ContainsKey(i.RoleId)).Select(i => new SeekerIntroduction(i, roles[i.RoleId])).ToList();
    }

    public async Task<IReadOnlyList<CoopIntroduction>> ForRoleAsync(Guid roleId, CancellationToken cancellationToken)
    {
        await Matches.OwnRoleOrThrowAsync(caller, session, roleId, "introductions", cancellationToken);
        var requests = await session.Query<Introduction>().Where(i => i.RoleId == roleId).OrderByDescending(i => i.RequestedAt).ToListAsync(cancellationToken);
        var profiles = (await session.LoadManyAsync<Profile>(cancellationToken, requests.Select(i => i.ProfileId))).ToDictionary(p => p.Id);
        // A seeker who turned private drops out of the co-op's view, except where they already accepted to be introduced.
        return requests.Where(i => profiles.TryGetValue(i.ProfileId, out var p) && (p.VisibleToCoops || i.Status == IntroductionStatus.Accepted))
            .Select(i => new CoopIntroduction(i, profiles[i.ProfileId])).ToList();
    }

    private static Guid IdFor(Guid roleId, Guid profileId) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"{roleId:N}:{profileId:N}")).AsSpan(0, 16));
}
