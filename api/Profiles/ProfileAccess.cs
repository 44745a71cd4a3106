using GraphQL;
using Marten;
using RolesBoard.Api.Auth;
using RolesBoard.Api.GraphQL;

namespace RolesBoard.Api.Profiles;

/// <summary>
/// The owner-token check every profile operation makes: no token is UNAUTHENTICATED; an unknown (or erased) profile
/// and someone else's token are both NOT_FOUND, so a token cannot be used to probe which profile ids exist. Tokens are compared by hash in constant time.
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
        // Someone else's token learns no more than a made-up id would: not even that the profile exists.
        return profile is not null && Secrets.MatchesHash(token, profile.TokenHash)
            ? new Outcome(profile, null)
            : Refuse("NOT_FOUND", "No profile has that id for this token; it may have been deleted.");
    }

    /// <summary>For query fields, which have no payload: the same refusal as a GraphQL error with its code.</summary>
    public async Task<Profile> OwnOrThrowAsync(Guid id, string operation, CancellationToken cancellationToken)
    {
        var outcome = await OwnAsync(id, operation, cancellationToken);
        return outcome.Profile ?? throw new ExecutionError(outcome.Error!.Message) { Code = outcome.Error.Code };
    }

    private static Outcome Refuse(string code, string message) => new(null, new UserError("id", message, code));
}
