using Marten;
using RolesBoard.Api.Auth;

namespace RolesBoard.Api.Coops;

public static class CoopCaller
{
    /// <summary>The co-op whose API key was presented, or null.</summary>
    public static Task<Coop?> CoopAsync(this Caller caller, CancellationToken cancellationToken = default) =>
        caller.OwnerAsync((session, secret) =>
            session.Query<Coop>().FirstOrDefaultAsync(c => c.ApiKeyHash == Secrets.Hash(secret), cancellationToken));

    /// <summary>Whether the secret is a registration's key still waiting for domain proof: it acts for nobody yet.</summary>
    public static async Task<bool> IsPendingClaimAsync(this Caller caller, CancellationToken cancellationToken = default) =>
        await caller.OwnerAsync(async (session, secret) =>
            await session.Query<Coop>().AnyAsync(c => c.PendingKeyHash == Secrets.Hash(secret), cancellationToken) ? PendingClaim.Instance : null)
        is not null;

    private sealed class PendingClaim
    {
        public static readonly PendingClaim Instance = new();
    }
}
