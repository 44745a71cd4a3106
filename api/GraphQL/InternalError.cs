using GraphQL;

namespace RolesBoard.Api.GraphQL;

/// <summary>
/// What a resolver's bug becomes for the client: a fixed message and code. The exception's own code, and its inner
/// exceptions' codes (MARTEN_COMMAND, POSTGRES), would tell an attacker what we run on; the log has the details.
/// </summary>
public sealed class InternalError : ExecutionError
{
    public InternalError() : base("Something went wrong on our side; it was logged for the administrator.")
    {
        Code = "INTERNAL_ERROR";
    }
}
