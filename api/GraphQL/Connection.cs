using System.Text;
using GraphQL.Types;

namespace RolesBoard.Api.GraphQL;

/// <summary>A Relay cursor connection page.</summary>
public record Connection<T>(IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo, int TotalCount);

public sealed record Edge<T>(string Cursor, T Node);

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

public sealed class PageInfoType : ObjectGraphType<PageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Field(p => p.HasNextPage);
        Field(p => p.HasPreviousPage);
        Field(p => p.StartCursor, nullable: true);
        Field(p => p.EndCursor, nullable: true);
    }
}

public class ConnectionType<TNode, TNodeType> : ObjectGraphType<Connection<TNode>>
    where TNodeType : IGraphType
{
    public ConnectionType(string nodeName)
    {
        Name = nodeName + "Connection";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeType<TNode, TNodeType>>>>>("edges").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes").Resolve(c => c.Source.Edges.Select(e => e.Node));
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(c => c.Source.PageInfo);
        Field(c => c.TotalCount).Description("How many items match, on every page.");
    }
}

public class EdgeType<TNode, TNodeType> : ObjectGraphType<Edge<TNode>>
    where TNodeType : IGraphType
{
    public EdgeType()
    {
        Name = typeof(TNode).Name + "Edge";
        Field(e => e.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Resolve(c => c.Source.Node);
    }
}

/// <summary>Opaque keyset cursors: the sort key and the id of the last item seen, so pages stay stable under inserts.</summary>
public static class Cursor
{
    public static string Encode(string sortKey, Guid id) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{sortKey}|{id:N}"));

    public static bool TryDecode(string? cursor, out string sortKey, out Guid id)
    {
        sortKey = "";
        id = Guid.Empty;
        if (string.IsNullOrEmpty(cursor))
        {
            return false;
        }
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            var bar = text.LastIndexOf('|');
            if (bar < 0 || !Guid.TryParseExact(text[(bar + 1)..], "N", out id))
            {
                return false;
            }
            sortKey = text[..bar];
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}

/// <summary>Page sizes: between 1 and 100, as GitHub's API allows.</summary>
public static class PageSize
{
    public const int Default = 20;
    public const int Max = 100;

    public static int Check(int? first)
    {
        var size = first ?? Default;
        if (size is < 1 or > Max)
        {
            throw new global::GraphQL.ExecutionError($"'first' must be between 1 and {Max}.") { Code = "INVALID_PAGE_SIZE" };
        }
        return size;
    }
}
