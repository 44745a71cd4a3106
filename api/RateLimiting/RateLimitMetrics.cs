using System.Diagnostics.Metrics;
using RolesBoard.Api.Observability;

namespace RolesBoard.Api.RateLimiting;

/// <summary>Requests refused with 429: a steady count means a client (or an attack) worth a look.</summary>
public sealed class RateLimitMetrics(IMeterFactory meters)
{
    private readonly Counter<long> _rejections = meters.Create(BoardMeter.Name)
        .CreateCounter<long>("rolesboard.rate_limit.rejections", "{request}", "Requests refused by the rate limiter");

    public void RecordRejection() => _rejections.Add(1);
}
