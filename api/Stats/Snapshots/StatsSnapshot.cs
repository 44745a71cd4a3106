namespace RolesBoard.Api.Stats.Snapshots;

/// <summary>
/// One day's figures for one dimension (roles, co-ops, skills, people, or a dimension another feature adds), broken
/// down into cells by country and network. Written by <see cref="SnapshotJob"/> and keyed by day and dimension, so a
/// rerun (or a second replica) overwrites rather than duplicates, and read by the stats without scanning roles.
/// </summary>
public sealed class StatsSnapshot
{
    /// <summary>"yyyy-MM-dd/dimension".</summary>
    public string Id { get; set; } = "";
    public DateOnly Day { get; set; }
    public string Dimension { get; set; } = "";
    /// <summary>Keyed by <see cref="CellKey"/>: all lower-case, so JSON naming policies never change a key.</summary>
    public Dictionary<string, StatsCell> Cells { get; set; } = [];
    public DateTimeOffset WrittenAt { get; set; }

    public static string IdFor(DateOnly day, string dimension) => $"{day:yyyy-MM-dd}/{dimension}";

    public static StatsSnapshot For(DateOnly day, string dimension, Dictionary<string, StatsCell> cells, DateTimeOffset now) =>
        new() { Id = IdFor(day, dimension), Day = day, Dimension = dimension, Cells = cells, WrittenAt = now };
}

/// <summary>The figures of one cell: named counts (a missing name reads as 0) and named distributions.</summary>
public sealed class StatsCell
{
    public Dictionary<string, long> Figures { get; set; } = [];
    /// <summary>Values and how often each occurs (days a role stayed open, months to membership, skills).</summary>
    public Dictionary<string, List<Tally>> Tallies { get; set; } = [];

    public long Figure(string name) => Figures.GetValueOrDefault(name);

    public IReadOnlyList<Tally> Tally(string name) => Tallies.GetValueOrDefault(name) ?? [];
}

public sealed record Tally(string Key, int Count);

/// <summary>The last day whose snapshots are final: later runs rewrite only the days after it (and today).</summary>
public sealed class SnapshotProgress
{
    public const string Key = "snapshots";

    public string Id { get; set; } = Key;
    public DateOnly CompletedThrough { get; set; }
    public DateTimeOffset WrittenAt { get; set; }
}
