using Marten;
using RolesBoard.Api.Auth;
using RolesBoard.Api.Coops;
using RolesBoard.Api.GraphQL;

namespace RolesBoard.Api.Founders.Advisers;

/// <summary>Advisers register themselves; the administrator verifies them, or a verified co-op vouches at once.</summary>
public sealed class AdviserRegistration(IDocumentSession session, Caller caller, TimeProvider clock)
{
    public async Task<Payload<Adviser>> RegisterAsync(AdviserInput input, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var adviser = new Adviser { Id = Guid.NewGuid(), CreatedAt = now };
        var check = AdviserInputValidator.Apply(input, adviser);
        if (!check.IsValid)
        {
            return Payload<Adviser>.Fail(check.Errors);
        }
        if (input.CoopId is not null)
        {
            // Vouching needs the co-op's own key: naming a co-op is not enough.
            var coop = await caller.CoopAsync(cancellationToken);
            if (coop is null || coop.Id.ToString() != input.CoopId.Trim().ToLowerInvariant())
            {
                return Payload<Adviser>.Fail("input.coopId", "FORBIDDEN", "Only the co-op itself, with its API key as the bearer, can vouch for an adviser.");
            }
            if (!coop.Verified)
            {
                return Payload<Adviser>.Fail("input.coopId", "COOP_NOT_VERIFIED", "Only a verified co-op can vouch for an adviser.");
            }
            adviser.CoopId = coop.Id;
            adviser.Verified = true;
            adviser.VerifiedAt = now;
        }
        var token = Secrets.New("rba");
        adviser.TokenHash = Secrets.Hash(token);
        session.Insert(adviser);
        await session.SaveChangesAsync(cancellationToken);
        return Payload<Adviser>.Ok(adviser, token);
    }

    public async Task<Payload<Adviser>> VerifyAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!caller.IsAdmin)
        {
            return caller.Secret is null ? Payload<Adviser>.Unauthenticated("verifyAdviser") : Payload<Adviser>.Forbidden("Only the network administrator can verify advisers.");
        }
        var adviser = id == Guid.Empty ? null : await session.LoadAsync<Adviser>(id, cancellationToken);
        if (adviser is null)
        {
            return Payload<Adviser>.Fail("id", "NOT_FOUND", "No adviser has that id.");
        }
        adviser.Verified = true;
        adviser.VerifiedAt ??= clock.GetUtcNow();
        session.Store(adviser);
        await session.SaveChangesAsync(cancellationToken);
        return Payload<Adviser>.Ok(adviser);
    }
}
