using Marten;
using RolesBoard.Api.Auth;
using RolesBoard.Api.GraphQL;
using RolesBoard.Api.Roles;

namespace RolesBoard.Api.Coops;

/// <summary>Verification (the administrator's), key rotation and careers-page overrides (the co-op's or the administrator's).</summary>
public sealed class CoopAdministration(IDocumentSession session, Caller caller, TimeProvider clock)
{
    public async Task<Payload<Coop>> VerifyAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!caller.IsAdmin)
        {
            return caller.Secret is null ? Payload<Coop>.Unauthenticated("verifyCoop") : Payload<Coop>.Forbidden("Only the network administrator can verify co-ops.");
        }
        var coop = await session.LoadAsync<Coop>(id, cancellationToken);
        if (coop is null)
        {
            return Payload<Coop>.Fail("id", "NOT_FOUND", "No co-op has that id.");
        }
        coop.Verified = true;
        coop.VerifiedAt ??= clock.GetUtcNow();
        coop.UpdatedAt = clock.GetUtcNow();
        // The administrator's override: they vouch for the registration whose domain proof is still pending.
        if (coop.ApiKeyHash.Length == 0 && coop.PendingKeyHash.Length > 0)
        {
            coop.ApiKeyHash = coop.PendingKeyHash;
            coop.PendingKeyHash = "";
        }
        session.Store(coop);
        await session.SaveChangesAsync(cancellationToken);
        return Payload<Coop>.Ok(coop);
    }

    /// <summary>Takes verification back (a co-op claimed by the wrong people, or no longer a member) and closes its open roles.</summary>
    public async Task<Payload<Coop>> UnverifyAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!caller.IsAdmin)
        {
            return caller.Secret is null ? Payload<Coop>.Unauthenticated("unverifyCoop") : Payload<Coop>.Forbidden("Only the network administrator can unverify co-ops.");
        }
        var coop = await session.LoadAsync<Coop>(id, cancellationToken);
        if (coop is null)
        {
            return Payload<Coop>.Fail("id", "NOT_FOUND", "No co-op has that id.");
        }
        var now = clock.GetUtcNow();
        coop.Verified = false;
        coop.VerifiedAt = null;
        coop.UpdatedAt = now;
        session.Store(coop);
        foreach (var role in await session.Query<Role>().Where(r => r.CoopId == id && r.Status != RoleStatus.Closed).ToListAsync(cancellationToken))
        {
            RoleClosing.Close(role, now);
            session.Store(role);
        }
        await session.SaveChangesAsync(cancellationToken);
        return Payload<Coop>.Ok(coop);
    }

    /// <summary>A new key replaces the old one at once; the co-op itself or the administrator may ask.</summary>
    public async Task<Payload<Coop>> RotateKeyAsync(Guid id, CancellationToken cancellationToken)
    {
        var (coop, refusal) = await AuthorizeAsync(id, "rotateCoopKey", cancellationToken);
        if (coop is null)
        {
            return refusal!;
        }
        var apiKey = Secrets.New("rbk");
        coop.ApiKeyHash = Secrets.Hash(apiKey);
        coop.UpdatedAt = clock.GetUtcNow();
        session.Store(coop);
        await session.SaveChangesAsync(cancellationToken);
        return Payload<Coop>.Ok(coop, apiKey);
    }

    public async Task<Payload<Coop>> SetCareersUrlsAsync(Guid id, IReadOnlyList<string> urls, CancellationToken cancellationToken)
    {
        var (coop, refusal) = await AuthorizeAsync(id, "setCareersUrls", cancellationToken);
        if (coop is null)
        {
            return refusal!;
        }
        var check = new Validation();
        if (urls.Count > 10)
        {
            check.Add("urls", "TOO_MANY", "At most 10 careers URLs.");
        }
        var valid = urls.Select((u, i) => check.RequiredUrl($"urls[{i}]", u)).OfType<string>().Distinct().ToList();
        if (!caller.IsAdmin)
        {
            CareersHosts.Check(check, coop, urls);
        }
        if (!check.IsValid)
        {
            return Payload<Coop>.Fail(check.Errors);
        }
        coop.CareersUrls = valid;
        coop.CareersUrlsFoundBy = caller.IsAdmin ? "administrator" : "co-op";
        coop.UpdatedAt = clock.GetUtcNow();
        session.Store(coop);
        await session.SaveChangesAsync(cancellationToken);
        return Payload<Coop>.Ok(coop);
    }

    private async Task<(Coop?, Payload<Coop>?)> AuthorizeAsync(Guid id, string operation, CancellationToken cancellationToken)
    {
        if (caller.Secret is null)
        {
            return (null, Payload<Coop>.Unauthenticated(operation));
        }
        var self = await caller.CoopAsync(cancellationToken);
        if (!caller.IsAdmin && self?.Id != id)
        {
            return (null, Payload<Coop>.Forbidden("A co-op's key acts only on that co-op."));
        }
        var coop = await session.LoadAsync<Coop>(id, cancellationToken);
        return coop is null ? (null, Payload<Coop>.Fail("id", "NOT_FOUND", "No co-op has that id.")) : (coop, null);
    }
}
