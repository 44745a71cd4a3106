namespace RolesBoard.Api.Stats.Snapshots;

/// <summary>
/// Per-cell, per-day counters for a run: flows (counted on one day) and stocks (in place over a range of days,
/// kept as a difference array so a role open for a year costs two additions, not 365).
/// </summary>
public sealed class DailyCounters(SnapshotDays days)
{
    private readonly Dictionary<(string Cell, string Figure), long[]> _flows = [];
    private readonly Dictionary<(string Cell, string Figure), long[]> _stocks = [];
    private readonly Dictionary<(string Cell, string Tally, int Day), Dictionary<string, int>> _tallies = [];

    public void Count(string cell, string figure, int day)
    {
        if (days.Contains(day))
        {
            Array(_flows, cell, figure, days.Count)[day]++;
        }
    }

    /// <summary>Counts something in place at the end of each day from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public void Hold(string cell, string figure, int from, int to)
    {
        from = Math.Max(from, 0);
        to = Math.Min(to, days.Count - 1);
        if (from > to)
        {
            return;
        }
        var diff = Array(_stocks, cell, figure, days.Count + 1);
        diff[from]++;
        diff[to + 1]--;
    }

    public void Tally(string cell, string tally, int day, string key)
    {
        if (!days.Contains(day))
        {
            return;
        }
        if (!_tallies.TryGetValue((cell, tally, day), out var counts))
        {
            _tallies[(cell, tally, day)] = counts = [];
        }
        counts[key] = counts.GetValueOrDefault(key) + 1;
    }

    /// <summary>One snapshot per day, holding every cell that counted anything.</summary>
    public IReadOnlyList<StatsSnapshot> ToSnapshots(string dimension, int keepTallies = int.MaxValue)
    {
        var cells = Enumerable.Range(0, days.Count).Select(_ => new Dictionary<string, StatsCell>()).ToArray();
        StatsCell Cell(int day, string key) => cells[day].TryGetValue(key, out var c) ? c : cells[day][key] = new StatsCell();
        foreach (var ((cell, figure), counts) in _flows)
        {
            for (var day = 0; day < days.Count; day++)
            {
                Cell(day, cell).Figures[figure] = counts[day];
            }
        }
        foreach (var ((cell, figure), diff) in _stocks)
        {
            long running = 0;
            for (var day = 0; day < days.Count; day++)
            {
                running += diff[day];
                Cell(day, cell).Figures[figure] = running;
            }
        }
        foreach (var ((cell, tally, day), counts) in _tallies)
        {
            Cell(day, cell).Tallies[tally] = [.. counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
                .Take(keepTallies).Select(c => new Tally(c.Key, c.Value))];
        }
        return [.. Enumerable.Range(0, days.Count).Select(day => StatsSnapshot.For(days.Day(day), dimension, cells[day], days.Now))];
    }

    private static long[] Array(Dictionary<(string, string), long[]> arrays, string cell, string figure, int length)
    {
        if (!arrays.TryGetValue((cell, figure), out var array))
        {
            arrays[(cell, figure)] = array = new long[length];
        }
        return array;
    }
}
