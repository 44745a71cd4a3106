using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace RolesBoard.Api.Matching.Index;

/// <summary>
/// Readiness fails (503) until the match index is built: until then matches and candidates answer 503 with
/// Retry-After, so a load balancer should send traffic to a replica that is ready.
/// </summary>
internal sealed class MatchIndexHealthCheck(MatchIndex index) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(index.IsReady
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("match index still building; matching answers 503 until it is built"));
}
