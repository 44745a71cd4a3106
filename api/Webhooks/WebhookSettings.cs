using System.Globalization;

namespace RolesBoard.Api.Webhooks;

/// <summary>
/// Webhooks__AllowPrivateNetwork lets deliveries reach loopback and private addresses (tests only); the retry
/// schedule is the contract's (Svix's): about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h, each with jitter.
/// </summary>
public sealed class WebhookSettings
{
    public bool AllowPrivateNetwork { get; init; }
    public IReadOnlyList<TimeSpan> RetrySchedule { get; init; } =
        [TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2), TimeSpan.FromHours(5), TimeSpan.FromHours(10), TimeSpan.FromHours(10)];
    /// <summary>No 2xx within this is a failure.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(15);
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(2);
    /// <summary>A key may register at most this many endpoints.</summary>
    public int MaxPerOwner { get; init; } = 10;

    public static WebhookSettings Read(IConfiguration configuration)
    {
        var section = configuration.GetSection("Webhooks");
        var schedule = section["RetrySeconds"];
        return new WebhookSettings
        {
            AllowPrivateNetwork = section.GetValue("AllowPrivateNetwork", false),
            RetrySchedule = string.IsNullOrWhiteSpace(schedule)
                ? new WebhookSettings().RetrySchedule
                : [.. schedule.Split(',').Select(s => TimeSpan.FromSeconds(double.Parse(s, CultureInfo.InvariantCulture)))],
            Timeout = TimeSpan.FromSeconds(section.GetValue("TimeoutSeconds", 15.0)),
            PollInterval = TimeSpan.FromSeconds(section.GetValue("PollSeconds", 2.0)),
        };
    }

    /// <summary>The wait before retry number <paramref name="attempt"/> (1-based), ±20 % jitter; null when none is left.</summary>
    public TimeSpan? Backoff(int attempt)
    {
        if (attempt > RetrySchedule.Count)
        {
            return null;
        }
        return RetrySchedule[attempt - 1] * (0.8 + (0.4 * Random.Shared.NextDouble()));
    }
}
