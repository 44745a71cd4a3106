using GraphQL;
using Marten;
using RolesBoard.Api.Auth;
using RolesBoard.Api.GraphQL;

namespace RolesBoard.Api.Profiles;

/// <summary>
/// The owner-token check every profile operation makes: no token is UNAUTHENTICATED, an unknown (or erased)
/// profile NOT_FOUND, someone else's token FORBIDDEN. Tokens are compared by hash in constant time.
/// </summary>
public sealed class ProfileAccess(IQuerySession session, Caller caller)
{
    public sealed record Outcome(Profile? Profile, UserError? Error);

    public async Task<Outcome> OwnAsync(Guid id, string operation, CancellationToken cancellationToken)
    {
        var token = caller.Secret;
        if (token is null)
        {
            return Refuse("UNAUTHENTICATED", $"{operation} needs the profile's token in Authorization: Bearer <token>.");
        }
        var profile = id == Guid.Empty ? null : await session.LoadAsync<Profile>(id, cancellationToken);
        if (profile is null)
        {
            return Refuse("NOT_FOUND", "No profile has that id; it may have been deleted.");
        }
        return Secrets.MatchesHash(token, profile.TokenHash)
            ? new Outcome(profile, null)
            : Refuse("FORBIDDEN", "That token does not belong to this profile.");
    }

    /// <summary>For query fields, which have no payload: the same refusal as a GraphQL error with its code.</summary>
    public async Task<Profile> OwnOrThrowAsync(Guid id, string operation, CancellationToken cancellationToken)
    {
        var outcome = await OwnAsync(id, operation, cancellationToken);
        return outcome.Profile ?? throw new ExecutionError(outcome.Error!.Message) { Code = outcome.Error.Code };
    }

    private static Outcome Refuse(string code, string message) => new(null, new UserError("id", message, code));
}
