namespace RolesBoard.Api.Stats.Snapshots;

/// <summary>
/// Roles per day and cell: opened and closed that day (flows), open and stating pay at the day's end (stocks), and
/// how many days each role closed that day had stayed open.
/// </summary>
public sealed class RolesDimension : IStatsDimension
{
    public const string Dimension = "roles";
    public const string Opened = "opened";
    public const string Closed = "closed";
    public const string Open = "open";
    public const string StatingPay = "statingPay";
    public const string DaysOpen = "daysOpen";

    public string Name => Dimension;

    public Task<IReadOnlyList<StatsSnapshot>> SnapshotAsync(SnapshotDays days, BoardFacts facts, CancellationToken cancellationToken)
    {
        var counters = new DailyCounters(days);
        foreach (var role in facts.Roles)
        {
            if (!facts.Coops.TryGetValue(role.CoopId, out var coop))
            {
                continue;
            }
            var opened = days.FirstIndexFrom(role.Posted);
            var lastOpen = days.LastIndexBefore(role.Ended);
            var closed = role.Ended is { } ended ? days.FirstIndexFrom(ended) : -1;
            var daysOpen = role.Ended is { } end ? ((int)Math.Max(0, (end - role.Posted).TotalDays)).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
            foreach (var cell in facts.CellsOf(role, coop))
            {
                counters.Count(cell, Opened, opened);
                counters.Hold(cell, Open, opened, lastOpen);
                if (role.StatesPay)
                {
                    counters.Hold(cell, StatingPay, opened, lastOpen);
                }
                if (daysOpen is not null)
                {
                    counters.Count(cell, Closed, closed);
                    counters.Tally(cell, DaysOpen, closed, daysOpen);
                }
            }
        }
        return Task.FromResult(counters.ToSnapshots(Dimension));
    }
}
