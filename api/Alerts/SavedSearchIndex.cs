using Marten;
using RolesBoard.Api.Concurrency;

namespace RolesBoard.Api.Alerts;

/// <summary>
/// Every saved search's resolved criteria in memory, by skill, so a new role finds the searches whose skill test it
/// passes by walking its skills' lists (counting, for searches that need all their skills, how many it has) rather
/// than by a query that reads every search sharing one skill: at 310,942 searches that was a hundred thousand rows
/// and over a second per role. Built on the first fan-out, then it catches up with the searches changed since (any
/// replica's). It only proposes: the matcher re-reads which proposed searches still exist, so a deleted one sends nothing.
/// </summary>
public sealed class SavedSearchIndex(IDocumentStore store)
{
    /// <summary>A writer's transaction may commit this long after its rows' mt_last_modified.</summary>
    private static readonly TimeSpan Overlap = TimeSpan.FromSeconds(30);

    private readonly Dictionary<Guid, Entry> _byId = [];
    // Entries by reference (not the record's value equality, which would hash every criterion) in the lists.
    private readonly Dictionary<string, HashSet<Entry>> _bySkill = new(StringComparer.Ordinal);
    private readonly HashSet<Entry> _withoutSkills = new(ReferenceEqualityComparer.Instance);
    private readonly ReadWriteGate _gate = new();
    private readonly SemaphoreSlim _sync = new(1, 1);
    private DateTimeOffset? _watermark;

    public sealed record Entry(Guid Id, Guid ProfileId, SearchCriteria Criteria)
    {
        /// <summary>How many of its skills a role must have to be checked further: all of them, or one.</summary>
        public int SkillsNeeded { get; } = Criteria.AllSkills ? Criteria.Skills.Distinct(StringComparer.Ordinal).Count() : 1;
    }

    public int Count => _byId.Count;

    public async Task SyncAsync(CancellationToken cancellationToken)
    {
        await _sync.WaitAsync(cancellationToken);
        try
        {
            var started = DateTimeOffset.UtcNow;
            await using var session = store.QuerySession();
            var changed = _watermark is { } mark
                ? await session.QueryAsync<Alert>("where kind = 'SavedSearch' and mt_last_modified > ?", cancellationToken, mark - Overlap)
                : await session.QueryAsync<Alert>("where kind = 'SavedSearch'", cancellationToken);
            _gate.Write(() =>
            {
                foreach (var alert in changed.Where(a => a.Criteria is not null))
                {
                    Put(new Entry(alert.Id, alert.ProfileId, alert.Criteria!));
                }
            });
            _watermark = started;
        }
        finally
        {
            _sync.Release();
        }
    }

    /// <summary>The searches whose criteria (all but free text) <paramref name="role"/> satisfies.</summary>
    public IReadOnlyList<Entry> Matching(Roles.Role role) => _gate.Read<IReadOnlyList<Entry>>(() =>
    {
        var hits = new Dictionary<Entry, int>(ReferenceEqualityComparer.Instance);
        foreach (var skill in role.Skills.Distinct(StringComparer.Ordinal))
        {
            foreach (var entry in _bySkill.GetValueOrDefault(skill) ?? [])
            {
                hits[entry] = hits.GetValueOrDefault(entry) + 1;
            }
        }
        var passing = hits
            // A search needing all its skills is checked further only when the role has them all.
            .Where(h => h.Value >= h.Key.SkillsNeeded)
            .Select(h => h.Key)
            .Concat(_withoutSkills);
        return [.. passing.Where(e => e.Criteria.Matches(role))];
    });

    /// <summary>Forgets searches found deleted (their profile erased, or the search itself).</summary>
    public void Remove(IEnumerable<Guid> ids) => _gate.Write(() =>
    {
        foreach (var id in ids)
        {
            Drop(id);
        }
    });

    private void Put(Entry entry)
    {
        Drop(entry.Id);
        _byId[entry.Id] = entry;
        if (entry.Criteria.Skills.Length == 0)
        {
            _withoutSkills.Add(entry);
        }
        foreach (var skill in entry.Criteria.Skills.Distinct(StringComparer.Ordinal))
        {
            if (!_bySkill.TryGetValue(skill, out var entries))
            {
                _bySkill[skill] = entries = new HashSet<Entry>(ReferenceEqualityComparer.Instance);
            }
            entries.Add(entry);
        }
    }

    private void Drop(Guid id)
    {
        if (!_byId.Remove(id, out var old))
        {
            return;
        }
        _withoutSkills.Remove(old);
        foreach (var skill in old.Criteria.Skills)
        {
            _bySkill.GetValueOrDefault(skill)?.Remove(old);
        }
    }
}
