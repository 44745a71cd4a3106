using Marten;
using RolesBoard.Api.Coops;

namespace RolesBoard.Api.Auth;

/// <summary>Who is calling, from the request's bearer secret: the administrator, a co-op, or nobody known.</summary>
public sealed class Caller(IHttpContextAccessor http, IConfiguration configuration, IQuerySession session)
{
    private Coop? _coop;
    private bool _coopLoaded;

    public string? Secret => http.HttpContext is { } context ? BearerSecret.From(context.Request) : null;

    public bool IsAdmin => Secrets.Matches(Secret, configuration["ROLESBOARD_ADMIN_KEY"]);

    /// <summary>The co-op whose API key was presented, or null.</summary>
    public async Task<Coop?> CoopAsync(CancellationToken cancellationToken = default)
    {
        if (!_coopLoaded)
        {
            var secret = Secret;
            _coop = secret is null ? null : await session.Query<Coop>()
                .FirstOrDefaultAsync(c => c.ApiKeyHash == Secrets.Hash(secret), cancellationToken);
            _coopLoaded = true;
        }
        return _coop;
    }

    /// <summary>Whether the secret is a registration's key still waiting for domain proof: it acts for nobody yet.</summary>
    public async Task<bool> IsPendingClaimAsync(CancellationToken cancellationToken = default) =>
        Secret is { } secret && await session.Query<Coop>().AnyAsync(c => c.PendingKeyHash == Secrets.Hash(secret), cancellationToken);
}
