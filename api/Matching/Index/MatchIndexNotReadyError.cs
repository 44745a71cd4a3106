using GraphQL;

namespace RolesBoard.Api.Matching.Index;

/// <summary>Matching before the index is built: the endpoint answers 503 with Retry-After, as for a database outage.</summary>
public sealed class MatchIndexNotReadyError : ExecutionError
{
    public const string ErrorCode = "MATCH_INDEX_NOT_READY";

    public MatchIndexNotReadyError() : base("Matching is starting up (its index is being built); retry in a few seconds.")
    {
        Code = ErrorCode;
    }
}
