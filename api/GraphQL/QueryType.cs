using GraphQL.Types;

namespace RolesBoard.Api.GraphQL;

/// <summary>The root query: each feature adds its own fields, so this file is a table of contents.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        Field<NonNullGraphType<StringGraphType>>("version")
            .Description("The running RolesBoard version.")
            .Resolve(_ => typeof(QueryType).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
    }
}
