using GraphQL.Types;

namespace RolesBoard.Api.GraphQL;

/// <summary>What a delete answers: the id that is gone, or the user errors.</summary>
public sealed record Deleted(Guid Id);

public sealed class DeletedType : ObjectGraphType<Deleted>
{
    public DeletedType()
    {
        Name = "Deleted";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
    }
}

public sealed class DeletePayloadType() : PayloadType<Deleted, DeletedType>("DeletePayload", "deleted");
