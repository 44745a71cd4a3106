using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Quartz;

namespace RolesBoard.Tests.Infrastructure;

/// <summary>
/// A clock that moves only when the test moves it (FakeTimeProvider), for hosts whose features wait on the clock
/// (schedulers, caches). Quartz takes the container's clock for its own waits, so on a frozen clock a trigger never
/// fires twice, and after a database restart its retry pause never ends: stopping the host then waited for ever, and
/// the test process never exited. Such hosts run without Quartz; hosts that need its jobs use <see cref="ShiftedClock"/>.
/// </summary>
public static class FrozenClock
{
    public static IWebHostBuilder UseFrozenClock(this IWebHostBuilder builder, FakeTimeProvider clock) =>
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            foreach (var quartz in services.Where(IsQuartz).ToList())
            {
                services.Remove(quartz);
            }
        });

    /// <summary>Fails a host that put Quartz on a frozen clock, before any test can hang on it.</summary>
    public static void RequireQuartzOnRealTime(IServiceProvider services)
    {
        if (services.GetService<TimeProvider>() is FakeTimeProvider && services.GetServices<IHostedService>().OfType<QuartzHostedService>().Any())
        {
            throw new InvalidOperationException("A host on a FakeTimeProvider must be built with UseFrozenClock: Quartz on a frozen clock never stops.");
        }
    }

    private static bool IsQuartz(ServiceDescriptor service) =>
        service.ServiceType == typeof(IHostedService) && service.ImplementationType == typeof(QuartzHostedService);
}
