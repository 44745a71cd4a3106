using System.Globalization;
using System.Threading.RateLimiting;
using RolesBoard.Api.Auth;

namespace RolesBoard.Api.RateLimiting;

/// <summary>
/// Fixed one-minute windows per client address (IPv6 by /64) and, for requests carrying a secret, per API key or
/// profile token; each mutation in a request counts (<see cref="MutationLimits"/>). Refusals are 429 with Retry-After (the framework's default would be 503).
/// </summary>
public static class RateLimitingExtensions
{
    public static IServiceCollection AddRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var perAddress = configuration.GetValue("ROLESBOARD_RATE_LIMIT_PER_ADDRESS", 600);
        var perSecret = configuration.GetValue("ROLESBOARD_RATE_LIMIT_PER_KEY", 300);
        services.AddSingleton<RateLimitMetrics>();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(http => Window("address:" + ClientAddress.Key(http), perAddress)),
                PartitionedRateLimiter.Create<HttpContext, string>(http => BearerSecret.From(http.Request) is { } secret
                    ? Window("secret:" + Secrets.Hash(secret), perSecret)
                    : RateLimitPartition.GetNoLimiter("anonymous")));
            options.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.RequestServices.GetRequiredService<RateLimitMetrics>().RecordRejection();
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(60);
                context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await context.HttpContext.Response.WriteAsync("Too many requests; retry after the time in Retry-After.", cancellationToken);
            };
        });
        services.AddSingleton<MutationLimits>();
        return services;
    }

    private static RateLimitPartition<string> Window(string key, int permitsPerMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permitsPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
}
