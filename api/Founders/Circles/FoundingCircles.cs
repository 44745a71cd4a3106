using System.Security.Cryptography;
using System.Text;
using Marten;
using RolesBoard.Api.GraphQL;
using RolesBoard.Api.Profiles;

namespace RolesBoard.Api.Founders.Circles;

/// <summary>
/// Founding circles: seekers who want to found a co-op opt in, see suggested co-founders (no names), and are
/// introduced only when both accept, as seekers and co-ops are. Every operation takes the profile's owner token.
/// </summary>
public sealed class FoundingCircles(IDocumentSession session, ProfileAccess access, TimeProvider clock)
{
    public const int MaxPool = 2000;
    public const int MaxPendingRequests = 20;

    public async Task<Payload<CircleMember>> JoinAsync(Guid profileId, bool join, CancellationToken cancellationToken)
    {
        var owned = await access.OwnAsync(profileId, "joinFoundingCircle", cancellationToken);
        if (owned.Profile is not { } profile)
        {
            return Payload<CircleMember>.Fail([owned.Error!]);
        }
        var member = await MemberAsync(profile.Id, cancellationToken);
        if (!join)
        {
            if (member is not null)
            {
                session.HardDelete(member);
                await session.SaveChangesAsync(cancellationToken);
            }
            return Payload<CircleMember>.Ok(member ?? new CircleMember { ProfileId = profile.Id });
        }
        if (!profile.WantsToFound || profile.Country is null)
        {
            return Payload<CircleMember>.Fail("profileId", "NOT_FOUNDING", "Set wantsToFound and your country on your profile first: circles meet by country.");
        }
        member ??= new CircleMember { Id = Guid.NewGuid(), ProfileId = profile.Id, JoinedAt = clock.GetUtcNow() };
        member.Country = profile.Country;
        session.Store(member);
        await session.SaveChangesAsync(cancellationToken);
        return Payload<CircleMember>.Ok(member);
    }

    public async Task<IReadOnlyList<CircleSuggestion>> SuggestAsync(Guid profileId, int? first, CancellationToken cancellationToken)
    {
        var size = PageSize.Check(first);
        var me = await access.OwnOrThrowAsync(profileId, "foundingCircle", cancellationToken);
        if (await MemberAsync(me.Id, cancellationToken) is null)
        {
            return [];
        }
        var pool = await session.Query<CircleMember>().Where(m => m.Country == me.Country && m.ProfileId != me.Id).Take(MaxPool).ToListAsync(cancellationToken);
        var profiles = (await session.LoadManyAsync<Profile>(cancellationToken, pool.Select(m => m.ProfileId))).ToDictionary(p => p.Id);
        var others = pool.Where(m => profiles.ContainsKey(m.ProfileId)).Select(m => (m, profiles[m.ProfileId]));
        return CircleSuggestions.Rank(me, others, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).Take(size).ToList();
    }

    public async Task<Payload<CircleIntroductionView>> RequestAsync(Guid profileId, Guid memberId, string? message, CancellationToken cancellationToken)
    {
        var owned = await access.OwnAsync(profileId, "requestFoundingIntroduction", cancellationToken);
        if (owned.Profile is not { } me)
        {
            return Payload<CircleIntroductionView>.Fail([owned.Error!]);
        }
        var mine = await MemberAsync(me.Id, cancellationToken);
        var theirs = memberId == Guid.Empty ? null : await session.LoadAsync<CircleMember>(memberId, cancellationToken);
        if (mine is null || theirs is null || theirs.ProfileId == me.Id || theirs.Country != mine.Country)
        {
            return Payload<CircleIntroductionView>.Fail("memberId", "NOT_FOUND", "No member of your circle has that id (join the circle first).");
        }
        var check = new Validation();
        var text = check.RequiredText("message", message, 1000);
        var pending = await session.Query<CircleIntroduction>().CountAsync(i => i.FromProfileId == me.Id && i.Answer == IntroductionAnswer.Pending, cancellationToken);
        if (pending >= MaxPendingRequests)
        {
            check.Add("memberId", "TOO_MANY_PENDING", $"At most {MaxPendingRequests} unanswered requests at a time.");
        }
        if (!check.IsValid)
        {
            return Payload<CircleIntroductionView>.Fail(check.Errors);
        }
        // One introduction per pair, whoever asked first: asking again returns it.
        var id = PairId(me.Id, theirs.ProfileId);
        var introduction = await session.LoadAsync<CircleIntroduction>(id, cancellationToken);
        if (introduction is null)
        {
            introduction = new CircleIntroduction { Id = id, FromProfileId = me.Id, ToProfileId = theirs.ProfileId, Message = text!, RequestedAt = clock.GetUtcNow() };
            session.Insert(introduction);
            await session.SaveChangesAsync(cancellationToken);
        }
        return Payload<CircleIntroductionView>.Ok(await ViewAsync(introduction, me.Id, cancellationToken));
    }

    public async Task<Payload<CircleIntroductionView>> AnswerAsync(Guid profileId, Guid id, bool accept, CancellationToken cancellationToken)
    {
        var owned = await access.OwnAsync(profileId, "answerFoundingIntroduction", cancellationToken);
        if (owned.Profile is not { } me)
        {
            return Payload<CircleIntroductionView>.Fail([owned.Error!]);
        }
        var introduction = id == Guid.Empty ? null : await session.LoadAsync<CircleIntroduction>(id, cancellationToken);
        if (introduction is null || introduction.ToProfileId != me.Id)
        {
            return Payload<CircleIntroductionView>.Fail("id", "NOT_FOUND", "No introduction request to you has that id.");
        }
        introduction.Answer = accept ? IntroductionAnswer.Accepted : IntroductionAnswer.Declined;
        introduction.AnsweredAt = clock.GetUtcNow();
        session.Store(introduction);
        await session.SaveChangesAsync(cancellationToken);
        return Payload<CircleIntroductionView>.Ok(await ViewAsync(introduction, me.Id, cancellationToken));
    }

    public async Task<IReadOnlyList<CircleIntroductionView>> IntroductionsAsync(Guid profileId, CancellationToken cancellationToken)
    {
        var me = await access.OwnOrThrowAsync(profileId, "foundingIntroductions", cancellationToken);
        var introductions = await session.Query<CircleIntroduction>().Where(i => i.FromProfileId == me.Id || i.ToProfileId == me.Id)
            .OrderByDescending(i => i.RequestedAt).Take(200).ToListAsync(cancellationToken);
        var views = new List<CircleIntroductionView>();
        foreach (var introduction in introductions)
        {
            views.Add(await ViewAsync(introduction, me.Id, cancellationToken));
        }
        return views;
    }

    private async Task<CircleIntroductionView> ViewAsync(CircleIntroduction introduction, Guid me, CancellationToken cancellationToken)
    {
        var otherId = introduction.FromProfileId == me ? introduction.ToProfileId : introduction.FromProfileId;
        var other = await session.LoadAsync<Profile>(otherId, cancellationToken);
        var member = await MemberAsync(otherId, cancellationToken);
        return new CircleIntroductionView(introduction, introduction.FromProfileId == me, other, member?.Id);
    }

    private Task<CircleMember?> MemberAsync(Guid profileId, CancellationToken cancellationToken) =>
        session.Query<CircleMember>().FirstOrDefaultAsync(m => m.ProfileId == profileId, cancellationToken);

    private static Guid PairId(Guid a, Guid b)
    {
        var (low, high) = a.CompareTo(b) < 0 ? (a, b) : (b, a);
        return new Guid(SHA256.HashData(Encoding.UTF8.GetBytes($"circle:{low:N}:{high:N}")).AsSpan(0, 16));
    }
}

/// <summary>An introduction as one side sees it: the other's contact only once the invited member has accepted.</summary>
public sealed record CircleIntroductionView(CircleIntroduction Introduction, bool Sent, Profile? Other, Guid? OtherMemberId)
{
    public Matching.Contact? Contact => Introduction.Answer == IntroductionAnswer.Accepted && Other is not null ? new Matching.Contact(Other.Name, Other.Email) : null;
}
