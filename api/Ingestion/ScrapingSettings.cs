using System.Globalization;
using RolesBoard.Api.Storage;

namespace RolesBoard.Api.Ingestion;

/// <summary>
/// How the API scrapes, from configuration only: users can never lift the SSRF guard or the politeness pause.
/// ROLESBOARD_SCRAPE_INTERVAL is the contract's; Scraping:* are for tests and operators.
/// </summary>
public sealed record ScrapingSettings(TimeSpan Interval, bool AllowPrivateNetwork, TimeSpan PerHostDelay)
{
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromHours(6);
    private static readonly TimeSpan MinimumInterval = TimeSpan.FromMinutes(1);

    public bool SchedulerEnabled => Interval > TimeSpan.Zero;

    /// <summary>How long one co-op's run (discovery and every source) may take: a tarpit site must not stall the rest.</summary>
    public TimeSpan CoopBudget { get; init; } = TimeSpan.FromMinutes(5);

    public static ScrapingSettings From(IConfiguration configuration) => new(
        ParseInterval(configuration["ROLESBOARD_SCRAPE_INTERVAL"]),
        ParseBool("Scraping:AllowPrivateNetwork", configuration["Scraping:AllowPrivateNetwork"]),
        ParseDelay(configuration["Scraping:PerHostDelay"]))
    {
        CoopBudget = ParseBudget(configuration["Scraping:CoopBudget"]),
    };

    /// <summary>Strict: "0", or the invariant constant format ([d.]hh:mm:ss), at least a minute. A lenient parse
    /// would read "6" as six days, so anything else is refused at start-up with one clear line.</summary>
    public static TimeSpan ParseInterval(string? raw)
    {
        var text = raw?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return DefaultInterval;
        }
        if (text == "0")
        {
            return TimeSpan.Zero;
        }
        if (!TimeSpan.TryParseExact(text, "c", CultureInfo.InvariantCulture, out var interval) || !text.Contains(':', StringComparison.Ordinal))
        {
            throw new StartupException($"ROLESBOARD_SCRAPE_INTERVAL '{raw}' is not a TimeSpan such as 06:00:00 (hh:mm:ss or d.hh:mm:ss); use 0 to turn the scheduler off.");
        }
        if (interval == TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }
        if (interval < MinimumInterval)
        {
            throw new StartupException($"ROLESBOARD_SCRAPE_INTERVAL '{raw}' is shorter than {MinimumInterval:c}: co-ops' sites deserve a pause. Use 0 to turn the scheduler off.");
        }
        return interval;
    }

    private static bool ParseBool(string name, string? raw) =>
        string.IsNullOrWhiteSpace(raw) ? false
        : bool.TryParse(raw, out var value) ? value
        : throw new StartupException($"{name} '{raw}' is not true or false.");

    private static TimeSpan ParseBudget(string? raw) =>
        string.IsNullOrWhiteSpace(raw) ? TimeSpan.FromMinutes(5)
        : TimeSpan.TryParseExact(raw.Trim(), "c", CultureInfo.InvariantCulture, out var budget) && budget > TimeSpan.Zero ? budget
        : throw new StartupException($"Scraping:CoopBudget '{raw}' is not a positive TimeSpan such as 00:05:00.");

    private static TimeSpan ParseDelay(string? raw) =>
        string.IsNullOrWhiteSpace(raw) ? TimeSpan.FromSeconds(2)
        : TimeSpan.TryParseExact(raw.Trim(), "c", CultureInfo.InvariantCulture, out var delay) && delay >= TimeSpan.Zero ? delay
        : throw new StartupException($"Scraping:PerHostDelay '{raw}' is not a TimeSpan such as 00:00:02.");
}
