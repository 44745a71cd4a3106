using GraphQL;
using Marten;
using RolesBoard.Api.Auth;
using RolesBoard.Api.GraphQL;

namespace RolesBoard.Api.Founders.Advisers;

/// <summary>The adviser-token check: no token is UNAUTHENTICATED, an unknown adviser NOT_FOUND, another's token FORBIDDEN.</summary>
public sealed class AdviserAccess(IQuerySession session, Caller caller)
{
    public sealed record Outcome(Adviser? Adviser, UserError? Error);

    public async Task<Outcome> OwnAsync(Guid id, string operation, CancellationToken cancellationToken)
    {
        if (caller.Secret is not { } token)
        {
            return Refuse("UNAUTHENTICATED", $"{operation} needs the adviser's token in Authorization: Bearer <token>.");
        }
        var adviser = id == Guid.Empty ? null : await session.LoadAsync<Adviser>(id, cancellationToken);
        if (adviser is null)
        {
            return Refuse("NOT_FOUND", "No adviser has that id.");
        }
        return Secrets.MatchesHash(token, adviser.TokenHash) ? new Outcome(adviser, null) : Refuse("FORBIDDEN", "That token does not belong to this adviser.");
    }

    public async Task<Adviser> OwnOrThrowAsync(Guid id, string operation, CancellationToken cancellationToken)
    {
        var outcome = await OwnAsync(id, operation, cancellationToken);
        return outcome.Adviser ?? throw new ExecutionError(outcome.Error!.Message) { Code = outcome.Error.Code };
    }

    private static Outcome Refuse(string code, string message) => new(null, new UserError("adviserId", message, code));
}
