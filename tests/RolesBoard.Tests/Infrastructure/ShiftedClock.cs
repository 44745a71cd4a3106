namespace RolesBoard.Tests.Infrastructure;

/// <summary>
/// Real time plus an offset the test moves forward. Not FakeTimeProvider: Quartz takes the container's TimeProvider
/// for its own scheduling, and a frozen clock stops every trigger; this one keeps flowing, so jobs keep firing while
/// what they compare with (digest hours, link expiry, rate limits) jumps ahead.
/// </summary>
public sealed class ShiftedClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

    /// <summary>Moves the clock to <paramref name="at"/>, which must be in its future.</summary>
    public void AdvanceTo(DateTimeOffset at)
    {
        var by = at - GetUtcNow();
        if (by < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(at), "The clock only moves forward.");
        }
        Advance(by);
    }
}
