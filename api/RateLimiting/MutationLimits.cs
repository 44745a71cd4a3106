using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace RolesBoard.Api.RateLimiting;

/// <summary>
/// Mutations counted one by one: the rate limiter admitted the request as one permit, but one request may hold
/// many aliased mutations, so the others are taken from the same buckets here. Profiles (which need no key) are also
/// capped per address per hour.
/// </summary>
public sealed class MutationLimits(IOptions<RateLimiterOptions> options, IConfiguration configuration) : IDisposable
{
    private readonly PartitionedRateLimiter<HttpContext> _profiles = PartitionedRateLimiter.Create<HttpContext, string>(http =>
        RateLimitPartition.GetFixedWindowLimiter(ClientAddress.Key(http), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = configuration.GetValue("ROLESBOARD_PROFILES_PER_ADDRESS_PER_HOUR", 20),
            Window = TimeSpan.FromHours(1),
            QueueLimit = 0,
        }));

    /// <summary>Null when the request may run; otherwise how long to wait.</summary>
    public TimeSpan? Refusal(HttpContext http, int mutations, int profileCreations)
    {
        if (mutations > 1 && options.Value.GlobalLimiter is { } global && Acquire(global, http, mutations - 1) is { } wait)
        {
            return wait;
        }
        return profileCreations > 0 ? Acquire(_profiles, http, profileCreations) : null;
    }

    public static string Seconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    private static TimeSpan? Acquire(PartitionedRateLimiter<HttpContext> limiter, HttpContext http, int permits)
    {
        try
        {
            using var lease = limiter.AttemptAcquire(http, permits);
            return lease.IsAcquired ? null : lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        }
        catch (ArgumentOutOfRangeException)
        {
            return TimeSpan.FromMinutes(1); // more than a whole window allows
        }
    }

    public void Dispose() => _profiles.Dispose();
}
