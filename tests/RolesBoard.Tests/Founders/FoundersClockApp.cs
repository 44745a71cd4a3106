using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Founders;

/// <summary>
/// The mail host with a clock the tests move on, so a reminder the day before and a question four weeks later can
/// be seen in seconds; the outbox and the Quartz delivery job are the real ones.
/// </summary>
public sealed class FoundersClockApp : MailApp
{
    public ShiftedClock Clock { get; } = new();

    protected override void ConfigureMoreSettings(IWebHostBuilder builder) =>
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
}

/// <summary>
/// Real time moved on by an offset. Not FakeTimeProvider: Quartz takes its timers from the same TimeProvider, and
/// a clock that stands still between moves would stop the delivery job from ever firing.
/// </summary>
public sealed class ShiftedClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    public void SetUtcNow(DateTimeOffset when) => Interlocked.Exchange(ref _offsetTicks, (when - base.GetUtcNow()).Ticks);
}

[CollectionDefinition(nameof(FoundersClockCollection))]
public sealed class FoundersClockCollection : ICollectionFixture<FoundersClockApp>;
