namespace RolesBoard.Api.Stats.Snapshots;

/// <summary>
/// One dimension of the daily snapshots. A feature that wants its figures in the stats (alerts, advisers, bookings,
/// outcomes) registers one with <c>services.AddSingleton&lt;IStatsDimension, X&gt;()</c>: the job writes what it
/// returns under its name, and readers treat a figure nobody wrote as 0.
/// </summary>
public interface IStatsDimension
{
    string Name { get; }

    /// <summary>A snapshot for each day in <paramref name="days"/> it has figures for (it may skip days).</summary>
    Task<IReadOnlyList<StatsSnapshot>> SnapshotAsync(SnapshotDays days, BoardFacts facts, CancellationToken cancellationToken);
}
