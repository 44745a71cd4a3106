using System.Buffers;

namespace RolesBoard.Api.Matching.Index;

/// <summary>
/// Entries by id and by skill (posting lists), and the cut both preselections make: every entry sharing a term
/// scores the summed weights of the terms it has; the rank function turns that sum and the entry's skill count into
/// the cut's order (the exact scorer's skill factor, roughly); the best <c>limit</c> pass, highest first, then the
/// tie-breaker (higher first).
/// Entries live in slots (plain arrays) and posting lists hold slots, so summing over tens of thousands of entries
/// is array arithmetic, not hashing: at 100,000 roles a common skill's cut went from ~60 ms (dictionaries) to a few.
/// Not thread-safe for writes: <see cref="MatchIndex"/> guards it; concurrent reads are safe (scratch is per call).
/// </summary>
internal sealed class Postings<T>
    where T : class
{
    private readonly Dictionary<Guid, int> _slotOf = [];
    private readonly Stack<int> _freeSlots = new();
    private readonly Dictionary<string, HashSet<int>> _bySkill = new(StringComparer.Ordinal);
    private T?[] _entries = new T?[1024];
    private Guid[] _ids = new Guid[1024];
    private string[][] _skills = new string[1024][];
    private int _slots;

    public int Count => _slotOf.Count;

    public void Put(Guid id, T entry, string[] skills)
    {
        Remove(id);
        var slot = _freeSlots.Count > 0 ? _freeSlots.Pop() : NewSlot();
        _slotOf[id] = slot;
        _entries[slot] = entry;
        _ids[slot] = id;
        _skills[slot] = skills;
        foreach (var skill in skills)
        {
            if (!_bySkill.TryGetValue(skill, out var slots))
            {
                _bySkill[skill] = slots = [];
            }
            slots.Add(slot);
        }
    }

    public void Remove(Guid id)
    {
        if (!_slotOf.Remove(id, out var slot))
        {
            return;
        }
        foreach (var skill in _skills[slot])
        {
            if (_bySkill.TryGetValue(skill, out var slots))
            {
                slots.Remove(slot);
            }
        }
        _entries[slot] = null;
        _skills[slot] = [];
        _freeSlots.Push(slot);
    }

    public IReadOnlyList<Guid> Best(IReadOnlyDictionary<string, double> terms, int limit, Func<T, bool> eligible, Func<T, double, int, double> rank, Func<T, long> tieBreak)
    {
        var sums = ArrayPool<double>.Shared.Rent(Math.Max(_slots, 1));
        Array.Clear(sums, 0, _slots); // a shared pool's arrays come back as others left them
        var touched = new List<int>();
        try
        {
            foreach (var (skill, weight) in terms)
            {
                if (!_bySkill.TryGetValue(skill, out var slots))
                {
                    continue;
                }
                foreach (var slot in slots)
                {
                    if (sums[slot] == 0)
                    {
                        touched.Add(slot);
                    }
                    sums[slot] += weight;
                }
            }
            return Cut(touched, sums, limit, eligible, rank, tieBreak);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(sums);
        }
    }

    private Guid[] Cut(List<int> touched, double[] sums, int limit, Func<T, bool> eligible, Func<T, double, int, double> rank, Func<T, long> tieBreak)
    {
        // A bounded min-heap keeps the best `limit`; a candidate that cannot beat the current worst is skipped
        // before the (costlier) eligibility test.
        var best = new PriorityQueue<int, (double Rank, long Tie, Guid Id)>(limit + 1, Worst.Instance);
        foreach (var slot in touched)
        {
            var entry = _entries[slot];
            if (entry is null)
            {
                continue;
            }
            var key = (rank(entry, sums[slot], _skills[slot].Length), tieBreak(entry), _ids[slot]);
            if (best.Count == limit && best.TryPeek(out _, out var worst) && Worst.Instance.Compare(key, worst) <= 0)
            {
                continue;
            }
            if (!eligible(entry))
            {
                continue;
            }
            best.Enqueue(slot, key);
            if (best.Count > limit)
            {
                best.Dequeue();
            }
        }
        var result = new Guid[best.Count];
        for (var i = result.Length - 1; i >= 0; i--)
        {
            result[i] = _ids[best.Dequeue()];
        }
        return result;
    }

    private int NewSlot()
    {
        if (_slots == _entries.Length)
        {
            Array.Resize(ref _entries, _slots * 2);
            Array.Resize(ref _ids, _slots * 2);
            Array.Resize(ref _skills, _slots * 2);
        }
        return _slots++;
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
