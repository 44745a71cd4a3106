using System.Globalization;
using RolesBoard.Api.Stats.Snapshots;

namespace RolesBoard.Api.Stats;

/// <summary>Medians of numeric tallies (value, how often), merged over days.</summary>
public static class Tallies
{
    public static double? Median(IEnumerable<Tally> tallies)
    {
        var counts = tallies
            .GroupBy(t => double.Parse(t.Key, CultureInfo.InvariantCulture))
            .Select(g => (Value: g.Key, Count: g.Sum(t => (long)t.Count)))
            .OrderBy(v => v.Value).ToList();
        var total = counts.Sum(c => c.Count);
        if (total == 0)
        {
            return null;
        }
        return (At(counts, (total - 1) / 2) + At(counts, total / 2)) / 2;
    }

    private static double At(List<(double Value, long Count)> counts, long rank)
    {
        foreach (var (value, count) in counts)
        {
            if (rank < count)
            {
                return value;
            }
            rank -= count;
        }
        return counts[^1].Value;
    }
}
