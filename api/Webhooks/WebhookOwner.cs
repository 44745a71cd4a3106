using Marten;
using RolesBoard.Api.Auth;

namespace RolesBoard.Api.Webhooks;

/// <summary>Who may hold webhooks: a verified co-op (its key) or a partner site (the key the administrator issued).</summary>
public sealed class WebhookOwner(Caller caller, IQuerySession session)
{
    public sealed record Owner(Guid Id, string? Email);

    /// <summary>The caller as an owner, or the refusal code (UNAUTHENTICATED, FORBIDDEN).</summary>
    public async Task<(Owner? Owner, string? Code, string? Message)> ResolveAsync(string operation, CancellationToken cancellationToken)
    {
        var secret = caller.Secret;
        if (secret is null)
        {
            return (null, "UNAUTHENTICATED", $"{operation} needs a verified co-op's key or a partner key in Authorization: Bearer <key>.");
        }
        if (await caller.CoopAsync(cancellationToken) is { } coop)
        {
            return coop.Verified
                ? (new Owner(coop.Id, null), null, null)
                : (null, "FORBIDDEN", "Only verified co-ops can receive webhooks; the network administrator verifies new co-ops.");
        }
        var hash = Secrets.Hash(secret);
        var partner = await session.Query<Partner>().FirstOrDefaultAsync(p => p.KeyHash == hash, cancellationToken);
        return partner is null
            ? (null, "FORBIDDEN", "That key belongs to no co-op or partner site.")
            : (new Owner(partner.Id, partner.Email), null, null);
    }
}
