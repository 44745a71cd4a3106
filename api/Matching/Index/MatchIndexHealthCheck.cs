using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace RolesBoard.Api.Matching.Index;

/// <summary>
/// Readiness reports "Degraded" (still 200: everything works) until the match index is built, because until then
/// matching falls back to SQL preselection, tens of times slower at scale. Whoever wants full speed (a benchmark, a
/// cautious deploy) waits for "Healthy".
/// </summary>
internal sealed class MatchIndexHealthCheck(MatchIndex index) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(index.IsReady
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Degraded("match index still building; matching uses the slower SQL preselection"));
}
