using GraphQL.Types;

namespace RolesBoard.Api.GraphQL;

/// <summary>What a mutation answers: its result when it worked, and the user errors when it did not.</summary>
public sealed record Payload<T>(T? Result, IReadOnlyList<UserError> Errors, string? Secret = null)
    where T : class
{
    public static Payload<T> Ok(T result, string? secret = null) => new(result, [], secret);
    public static Payload<T> Fail(IReadOnlyList<UserError> errors) => new(null, errors);
    public static Payload<T> Fail(string field, string code, string message) => new(null, [new UserError(field, message, code)]);
    public static Payload<T> Unauthenticated(string what) => Fail("", "UNAUTHENTICATED", $"{what} needs Authorization: Bearer <key>.");
    public static Payload<T> Forbidden(string message) => Fail("", "FORBIDDEN", message);
}

/// <summary>A payload graph type: <c>{ resultField: T, errors: [UserError!]! }</c> plus an optional once-shown secret.</summary>
public class PayloadType<T, TGraph> : ObjectGraphType<Payload<T>>
    where T : class
    where TGraph : IGraphType
{
    public PayloadType(string name, string resultField, string? secretField = null, string? secretDescription = null)
    {
        Name = name;
        Field<TGraph>(resultField).Resolve(c => c.Source.Result);
        if (secretField is not null)
        {
            Field<StringGraphType>(secretField).Description(secretDescription).Resolve(c => c.Source.Secret);
        }
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors").Resolve(c => c.Source.Errors);
    }
}
