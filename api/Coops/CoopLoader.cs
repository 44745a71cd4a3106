using GraphQL.DataLoader;
using Marten;

namespace RolesBoard.Api.Coops;

/// <summary>
/// Batches co-op lookups: a page of roles asks for each role's co-op, and all of them load in one query when
/// the executer resolves the deferred results of that level. Scoped to one request.
/// </summary>
public sealed class CoopLoader(IQuerySession session)
{
    private readonly Dictionary<Guid, Coop?> _loaded = [];
    private readonly HashSet<Guid> _pending = [];

    public IDataLoaderResult<Coop?> Load(Guid id)
    {
        if (!_loaded.ContainsKey(id))
        {
            _pending.Add(id);
        }
        return new Deferred(this, id);
    }

    private async Task<Coop?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (_pending.Count > 0)
        {
            var ids = _pending.ToArray();
            _pending.Clear();
            var coops = await session.LoadManyAsync<Coop>(cancellationToken, ids);
            foreach (var missing in ids)
            {
                _loaded[missing] = null;
            }
            foreach (var coop in coops)
            {
                _loaded[coop.Id] = coop;
            }
        }
        return _loaded.GetValueOrDefault(id);
    }

    private sealed class Deferred(CoopLoader loader, Guid id) : IDataLoaderResult<Coop?>
    {
        public Task<Coop?> GetResultAsync(CancellationToken cancellationToken = default) => loader.GetAsync(id, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
