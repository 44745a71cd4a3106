using GraphQL;

namespace RolesBoard.Api.GraphQL;

/// <summary>The error a resolver's database outage becomes: the endpoint answers 503 with Retry-After for it.</summary>
public sealed class DatabaseUnavailableError : ExecutionError
{
    public const string ErrorCode = "DATABASE_UNAVAILABLE";

    public DatabaseUnavailableError() : base("The database is unavailable for a moment; retry shortly (with the same idempotencyKey for posts).")
    {
        Code = ErrorCode;
    }
}
