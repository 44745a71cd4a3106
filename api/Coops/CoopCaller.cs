using Marten;
using RolesBoard.Api.Auth;

namespace RolesBoard.Api.Coops;

public static class CoopCaller
{
    /// <summary>The co-op whose API key was presented, or null.</summary>
    /// <remarks>
    /// By the duplicated column in SQL, not LINQ: Marten turned <c>Secrets.Hash(secret)</c> inside the expression into
    /// a constant by compiling it on every call, which profiling showed as half the CPU of a co-op's candidates request.
    /// </remarks>
    public static Task<Coop?> CoopAsync(this Caller caller, CancellationToken cancellationToken = default) =>
        caller.OwnerAsync(async (session, secret) =>
            await session.QueryAsync<Coop>("where api_key_hash = ?", cancellationToken, Secrets.Hash(secret)) is [var coop, ..] ? coop : null);

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
