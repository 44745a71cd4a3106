using System.Collections.Concurrent;
using GraphQLParser.AST;

namespace RolesBoard.Api.GraphQL;

/// <summary>
/// Documents that passed the shape check and GraphQL validation once, by query text, so the same query (clients send
/// the same few with different variables) is neither parsed nor validated again: profiling matches showed the
/// standard validation rules taking about a fifth of the API's time per request. What depends on the request still
/// runs every time: variables are coerced and the complexity rule (which reads page sizes from variables) is applied.
/// GraphQL.NET's own cache (GraphQL.MemoryCache) works the same way but is not a package we can restore.
/// Bounded by total query text: when full it starts again empty, so unique queries sent to fill it cost no more
/// than an empty cache does.
/// </summary>
public sealed class ValidatedDocuments
{
    /// <summary>
    /// Total query characters kept: 1 MB of text, and syntax trees some tens of times that at worst; hundreds of
    /// distinct queries of the usual few hundred characters to a few thousand fit.
    /// </summary>
    internal const int MaxCharacters = 500_000;

    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new(StringComparer.Ordinal);
    private int _characters;

    public GraphQLDocument? Find(string query) => _documents.GetValueOrDefault(query);

    public void Keep(string query, GraphQLDocument document)
    {
        if (Interlocked.Add(ref _characters, query.Length) > MaxCharacters)
        {
            _documents.Clear();
            Interlocked.Exchange(ref _characters, query.Length);
        }
        _documents.TryAdd(query, document);
    }
}
