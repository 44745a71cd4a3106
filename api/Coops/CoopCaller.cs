using Marten;
using RolesBoard.Api.Auth;

namespace RolesBoard.Api.Coops;

public static class CoopCaller
{
    /// <summary>The co-op whose API key was presented, or null.</summary>
    public static Task<Coop?> CoopAsync(this Caller caller, CancellationToken cancellationToken = default) =>
        caller.OwnerAsync((session, secret) =>
            session.Query<Coop>().FirstOrDefaultAsync(c => c.ApiKeyHash == Secrets.Hash(secret), cancellationToken));
}
