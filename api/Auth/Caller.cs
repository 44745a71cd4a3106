using Marten;

namespace RolesBoard.Api.Auth;

/// <summary>
/// Who is calling, from the request's bearer secret: the administrator, or whoever a feature finds the secret
/// belongs to (a co-op's API key: Coops' <c>caller.CoopAsync()</c>). Auth knows secrets, not the documents holding them.
/// </summary>
public sealed class Caller(IHttpContextAccessor http, IConfiguration configuration, IQuerySession session)
{
    private readonly Dictionary<Type, Task> _owners = [];

    public string? Secret => http.HttpContext is { } context ? BearerSecret.From(context.Request) : null;

    public bool IsAdmin => Secrets.Matches(Secret, configuration["ROLESBOARD_ADMIN_KEY"]);

    /// <summary>The <typeparamref name="TOwner"/> the secret belongs to (null without a secret), looked up once per request.</summary>
    public Task<TOwner?> OwnerAsync<TOwner>(Func<IQuerySession, string, Task<TOwner?>> find) where TOwner : class
    {
        if (!_owners.TryGetValue(typeof(TOwner), out var found))
        {
            var secret = Secret;
            found = secret is null ? Task.FromResult<TOwner?>(null) : find(session, secret);
            _owners[typeof(TOwner)] = found;
        }
        return (Task<TOwner?>)found;
    }
}
