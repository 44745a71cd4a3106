namespace RolesBoard.Api.Matching.Index;

/// <summary>
/// Entries by id and by skill (posting lists), and the cut both preselections make: every entry sharing a term
/// scores the summed weights of the terms it has; the rank function turns that sum and the entry's skill count into
/// the cut's order (the exact scorer's skill factor, roughly); the best <c>limit</c> pass, highest first, then the
/// tie-breaker (higher first).
/// Not thread-safe: <see cref="MatchIndex"/> guards it.
/// </summary>
internal sealed class Postings<T>
    where T : class
{
    private Dictionary<Guid, (T Entry, string[] Skills)> _entries = [];
    private Dictionary<string, HashSet<Guid>> _bySkill = new(StringComparer.Ordinal);

    public int Count => _entries.Count;

    public void Put(Guid id, T entry, string[] skills)
    {
        Remove(id);
        _entries[id] = (entry, skills);
        foreach (var skill in skills)
        {
            if (!_bySkill.TryGetValue(skill, out var ids))
            {
                _bySkill[skill] = ids = [];
            }
            ids.Add(id);
        }
    }

    public void Remove(Guid id)
    {
        if (!_entries.Remove(id, out var old))
        {
            return;
        }
        foreach (var skill in old.Skills)
        {
            if (_bySkill.TryGetValue(skill, out var ids))
            {
                ids.Remove(id);
            }
        }
    }

    public void TakeFrom(Postings<T> other)
    {
        _entries = other._entries;
        _bySkill = other._bySkill;
    }

    public IReadOnlyList<Guid> Best(IReadOnlyDictionary<string, double> terms, int limit, Func<T, bool> eligible, Func<double, int, double> rank, Func<T, long> tieBreak)
    {
        var sums = new Dictionary<Guid, double>();
        foreach (var (skill, weight) in terms)
        {
            if (_bySkill.TryGetValue(skill, out var ids))
            {
                foreach (var id in ids)
                {
                    sums[id] = sums.GetValueOrDefault(id) + weight;
                }
            }
        }
        // A bounded min-heap keeps the best `limit` without sorting every candidate.
        var best = new PriorityQueue<Guid, (double Rank, long Tie, Guid Id)>(limit + 1, Worst.Instance);
        foreach (var (id, sum) in sums)
        {
            var (entry, skills) = _entries[id];
            if (!eligible(entry))
            {
                continue;
            }
            best.Enqueue(id, (rank(sum, skills.Length), tieBreak(entry), id));
            if (best.Count > limit)
            {
                best.Dequeue();
            }
        }
        var result = new Guid[best.Count];
        for (var i = result.Length - 1; i >= 0; i--)
        {
            result[i] = best.Dequeue();
        }
        return result;
    }

    /// <summary>Orders the heap worst first: lower rank, then lower tie-breaker, then higher id.</summary>
    private sealed class Worst : IComparer<(double Rank, long Tie, Guid Id)>
    {
        public static readonly Worst Instance = new();

        public int Compare((double Rank, long Tie, Guid Id) x, (double Rank, long Tie, Guid Id) y)
        {
            var byRank = x.Rank.CompareTo(y.Rank);
            if (byRank != 0)
            {
                return byRank;
            }
            var byTie = x.Tie.CompareTo(y.Tie);
            return byTie != 0 ? byTie : y.Id.CompareTo(x.Id);
        }
    }
}
