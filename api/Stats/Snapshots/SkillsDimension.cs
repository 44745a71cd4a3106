namespace RolesBoard.Api.Stats.Snapshots;

/// <summary>
/// The skills open roles ask for at the end of a day, the top <see cref="Kept"/> per cell. A long backfill writes
/// them for Sundays (and its last day) only: demand moves slowly, and counting every day of years of roles would
/// make the first run slow for nothing.
/// </summary>
public sealed class SkillsDimension : IStatsDimension
{
    public const string Dimension = "skills";
    public const string Skills = "skills";
    public const int Kept = 50;
    private const int EveryDayUpTo = 14;

    public string Name => Dimension;

    public Task<IReadOnlyList<StatsSnapshot>> SnapshotAsync(SnapshotDays days, BoardFacts facts, CancellationToken cancellationToken)
    {
        var counters = new DailyCounters(days);
        var written = days.All.Select((day, index) => (day, index))
            .Where(d => days.Count <= EveryDayUpTo || d.day.DayOfWeek == DayOfWeek.Sunday || d.index == days.Count - 1)
            .Select(d => d.index).ToArray();
        foreach (var role in facts.Roles)
        {
            if (role.Skills.Length == 0 || !facts.Coops.TryGetValue(role.CoopId, out var coop))
            {
                continue;
            }
            var from = Math.Max(days.FirstIndexFrom(role.Posted), 0);
            var to = days.LastIndexBefore(role.Ended);
            string[]? cells = null;
            var start = Array.BinarySearch(written, from);
            for (var i = start >= 0 ? start : ~start; i < written.Length && written[i] <= to; i++)
            {
                var day = written[i];
                cells ??= facts.CellsOf(role, coop);
                foreach (var cell in cells)
                {
                    foreach (var skill in role.Skills)
                    {
                        counters.Tally(cell, Skills, day, skill);
                    }
                }
            }
        }
        var snapshots = counters.ToSnapshots(Dimension, Kept);
        return Task.FromResult<IReadOnlyList<StatsSnapshot>>([.. written.Select(index => snapshots[index])]);
    }
}
