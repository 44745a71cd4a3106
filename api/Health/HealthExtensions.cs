using Marten;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace RolesBoard.Api.Health;

public static class HealthExtensions
{
    public static IServiceCollection AddHealth(this IServiceCollection services)
    {
        // One instance, so its cached answer is shared by every probe.
        services.AddSingleton<DatabaseHealthCheck>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        return services;
    }

    public static WebApplication MapHealth(this WebApplication app)
    {
        // Liveness runs no checks: a slow database must not get a healthy process restarted.
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false }).DisableRateLimiting();
        app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains("ready") }).DisableRateLimiting();
        return app;
    }
}

/// <summary>
/// Whether the database answers. Readiness is exempt from rate limits, so the answer is kept for a second: any
/// number of probes (or an attacker hammering the endpoint) cost the database one query a second at most.
/// </summary>
internal sealed class DatabaseHealthCheck(IDocumentStore store, TimeProvider clock) : IHealthCheck, IDisposable
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(1);

    private readonly SemaphoreSlim _one = new(1, 1);
    // A reference, swapped whole: probes read it without the lock.
    private volatile Answer? _last;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (Fresh() is { } cached)
        {
            return cached;
        }
        await _one.WaitAsync(cancellationToken);
        try
        {
            if (Fresh() is { } justChecked)
            {
                return justChecked;
            }
            var result = await QueryAsync(cancellationToken);
            _last = new Answer(clock.GetUtcNow(), result);
            return result;
        }
        finally
        {
            _one.Release();
        }
    }

    public void Dispose() => _one.Dispose();

    private sealed record Answer(DateTimeOffset At, HealthCheckResult Result);

    private HealthCheckResult? Fresh() => _last is { } last && clock.GetUtcNow() - last.At < CacheFor ? last.Result : null;

    private async Task<HealthCheckResult> QueryAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var session = store.QuerySession();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            await session.QueryAsync<int>("select 1", timeout.Token);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("database unreachable", e);
        }
    }
}
