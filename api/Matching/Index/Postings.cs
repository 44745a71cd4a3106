using System.Buffers;
using System.Collections.Concurrent;

namespace RolesBoard.Api.Matching.Index;

/// <summary>
/// Entries by id and by skill (posting lists), and the cut both preselections make: every entry sharing a term
/// gathers what the terms it has earn (<see cref="CutHits"/>); the <see cref="ICutRank{T}"/> turns that and the
/// entry's skill count into the scorer's skill part and adds the rest from the entry; the best <c>limit</c> pass,
/// highest first, then the tie-breaker (higher first).
/// Entries live in slots (plain arrays) and posting lists hold slots, so summing over tens of thousands of entries
/// is array arithmetic, not hashing, which a common skill's tens of thousands of entries need.
/// Not thread-safe for writes: <see cref="MatchIndex"/> guards it; concurrent reads are safe (scratch is per call).
/// </summary>
internal sealed class Postings<T>
    where T : class
{
    /// <summary>How finely the skill parts are sorted: enough that a bucket holds a sliver of the touched entries.</summary>
    private const int Buckets = 256;

    private readonly Dictionary<Guid, int> _slotOf = [];
    private readonly Stack<int> _freeSlots = new();
    private readonly ConcurrentBag<CutHits[]> _scratch = [];
    private readonly Dictionary<string, HashSet<int>> _bySkill = new(StringComparer.Ordinal);
    private T?[] _entries = new T?[1024];
    private Guid[] _ids = new Guid[1024];
    private string[][] _skills = new string[1024][];

    // Beside _skills, not read through it: the cut reads a count for each of tens of thousands of touched entries, and
    // following each entry's array reference is a likely cache miss apiece.
    private int[] _skillCounts = new int[1024];
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
        _skillCounts[slot] = skills.Length;
        foreach (var skill in skills)
        {
            if (!_bySkill.TryGetValue(skill, out var slots))
            {
                _bySkill[skill] = slots = [];
            }
            slots.Add(slot);
        }
    }

    /// <summary>Every entry that passes the test, as a list (safe to Put while walking it).</summary>
    public List<T> Where(Func<T, bool> test)
    {
        var found = new List<T>();
        for (var slot = 0; slot < _slots; slot++)
        {
            if (_entries[slot] is { } entry && test(entry))
            {
                found.Add(entry);
            }
        }
        return found;
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
        _skillCounts[slot] = 0;
        _freeSlots.Push(slot);
    }

    public IReadOnlyList<T> Best(IReadOnlyDictionary<string, TermCredit> terms, int limit, ICutRank<T> rank)
    {
        // Reused, not made per query: a common skill touches tens of thousands of slots, and large arrays made per
        // query filled the large object heap and brought on full collections. Our own pool, not the shared one: that
        // hands out new arrays of plain structs uninitialized, and ours are zero when made and zeroed when given back
        // (only the touched slots), so nothing needs clearing up front.
        var hits = _scratch.TryTake(out var kept) && kept.Length >= _slots ? kept : new CutHits[Math.Max(_slots, 1024)];
        var touched = ArrayPool<int>.Shared.Rent(Math.Max(_slots, 1));
        var count = 0;
        try
        {
            foreach (var (skill, credit) in terms)
            {
                if (!_bySkill.TryGetValue(skill, out var slots))
                {
                    continue;
                }
                foreach (var slot in slots)
                {
                    ref var hit = ref hits[slot];
                    if (hit.Terms == 0)
                    {
                        touched[count++] = slot;
                    }
                    hit.Add(credit);
                }
            }
            return Cut(touched.AsSpan(0, count), hits, limit, rank);
        }
        finally
        {
            foreach (var slot in touched.AsSpan(0, count))
            {
                hits[slot] = default;
            }
            _scratch.Add(hits);
            ArrayPool<int>.Shared.Return(touched);
        }
    }

    private T[] Cut(ReadOnlySpan<int> touched, CutHits[] hits, int limit, ICutRank<T> rank)
    {
        var skillParts = ArrayPool<double>.Shared.Rent(Math.Max(touched.Length, 1));
        var order = ArrayPool<int>.Shared.Rent(Math.Max(touched.Length, 1));
        try
        {
            var top = 0.0;
            for (var i = 0; i < touched.Length; i++)
            {
                var slot = touched[i];
                skillParts[i] = rank.Skills(hits[slot], _skillCounts[slot]);
                top = Math.Max(top, skillParts[i]);
            }
            var bucketOf = (Buckets - 1) / Math.Max(top, double.Epsilon);
            Span<int> starts = stackalloc int[Buckets + 1];
            for (var i = 0; i < touched.Length; i++)
            {
                starts[Buckets - 1 - (int)(skillParts[i] * bucketOf)]++; // highest bucket first
            }
            for (int b = 0, sum = 0; b <= Buckets; b++)
            {
                (starts[b], sum) = (sum, sum + (b < Buckets ? starts[b] : 0));
            }
            Span<int> next = stackalloc int[Buckets];
            starts[..Buckets].CopyTo(next);
            for (var i = 0; i < touched.Length; i++)
            {
                order[next[Buckets - 1 - (int)(skillParts[i] * bucketOf)]++] = i;
            }

            // A bounded min-heap keeps the best `limit`; a candidate that cannot beat the current worst is skipped
            // before the (costlier) eligibility test.
            var best = new PriorityQueue<int, (double Rank, long Tie, Guid Id)>(limit + 1, Worst.Instance);
            var restMax = rank.RestMax;
            // The worst kept rank once the heap is full: an entry whose skill part plus the most the rest can add
            // stays below it is skipped before its rest is computed (most of a common skill's entries).
            var floor = double.NegativeInfinity;
            for (var b = 0; b < Buckets; b++)
            {
                var highestSkillPart = (Buckets - b) / bucketOf;
                if (highestSkillPart + restMax < floor)
                {
                    break;
                }
                for (var k = starts[b]; k < starts[b + 1]; k++)
                {
                    var slot = touched[order[k]];
                    if (_entries[slot] is not { } entry || skillParts[order[k]] + restMax < floor)
                    {
                        continue;
                    }
                    var key = ((skillParts[order[k]] + rank.Rest(entry)) * rank.Scale(entry), rank.TieBreak(entry), _ids[slot]);
                    if (best.Count == limit && best.TryPeek(out _, out var worst) && Worst.Instance.Compare(key, worst) <= 0)
                    {
                        continue;
                    }
                    if (!rank.Eligible(entry))
                    {
                        continue;
                    }
                    best.Enqueue(slot, key);
                    if (best.Count > limit)
                    {
                        best.Dequeue();
                    }
                    if (best.Count == limit && best.TryPeek(out _, out var kept))
                    {
                        floor = kept.Rank;
                    }
                }
            }
            var result = new T[best.Count];
            for (var i = result.Length - 1; i >= 0; i--)
            {
                result[i] = _entries[best.Dequeue()]!;
            }
            return result;
        }
        finally
        {
            ArrayPool<double>.Shared.Return(skillParts);
            ArrayPool<int>.Shared.Return(order);
        }
    }

    private int NewSlot()
    {
        if (_slots == _entries.Length)
        {
            Array.Resize(ref _entries, _slots * 2);
            Array.Resize(ref _ids, _slots * 2);
            Array.Resize(ref _skills, _slots * 2);
            Array.Resize(ref _skillCounts, _slots * 2);
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

/// <summary>What one term earns an entry that has it: a credit to add up, and bits to set (each side says what they mean).</summary>
internal readonly record struct TermCredit(double Credit, ulong A = 0, ulong B = 0, ulong C = 0);

/// <summary>What the terms an entry has earned it, added up in one walk of the posting lists.</summary>
internal struct CutHits
{
    public double Credit;
    public ulong A;
    public ulong B;
    public ulong C;
    public int Terms;

    public void Add(TermCredit term)
    {
        Credit += term.Credit;
        A |= term.A;
        B |= term.B;
        C |= term.C;
        Terms++;
    }
}

/// <summary>
/// How a cut ranks an entry: the scorer's skill part from its hits, plus a rest that never exceeds <see cref="RestMax"/>,
/// scaled by a factor of at most 1 (so skill part plus RestMax bounds the rank; CutBounds holds the bounds).
/// </summary>
internal interface ICutRank<in T>
{
    double RestMax { get; }

    double Skills(in CutHits hits, int skillCount);

    double Rest(T entry);

    double Scale(T entry);

    bool Eligible(T entry);

    long TieBreak(T entry);
}
