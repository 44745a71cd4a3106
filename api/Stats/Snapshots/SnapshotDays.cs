namespace RolesBoard.Api.Stats.Snapshots;

/// <summary>
/// The days one run writes, First through Last (today, provisional until the day is over), with the day arithmetic
/// every dimension shares. Days are UTC; "at the end of a day" means at the next midnight UTC.
/// </summary>
public sealed record SnapshotDays(DateOnly First, DateOnly Last, DateTimeOffset Now)
{
    public int Count => Last.DayNumber - First.DayNumber + 1;

    public IEnumerable<DateOnly> All => Enumerable.Range(0, Count).Select(i => First.AddDays(i));

    public DateOnly Day(int index) => First.AddDays(index);

    public int Index(DateOnly day) => day.DayNumber - First.DayNumber;

    public bool Contains(int index) => index >= 0 && index < Count;

    public static DateOnly DayOf(DateTimeOffset time) => DateOnly.FromDateTime(time.UtcDateTime);

    public static DateTimeOffset EndOf(DateOnly day) => new(day.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>Index of the first day something that began at <paramref name="start"/> is in place at the day's end.</summary>
    public int FirstIndexFrom(DateTimeOffset start) => Index(DayOf(start));

    /// <summary>
    /// Index of the last day at whose end something ending at <paramref name="end"/> (exclusive) is still in place:
    /// the day before the one it ends in, or two days before when it ends exactly at midnight.
    /// </summary>
    public int LastIndexBefore(DateTimeOffset? end)
    {
        if (end is not { } t)
        {
            return Count - 1;
        }
        var day = DayOf(t);
        var last = t.UtcDateTime.TimeOfDay == TimeSpan.Zero ? day.AddDays(-2) : day.AddDays(-1);
        return Math.Min(Index(last), Count - 1);
    }
}
