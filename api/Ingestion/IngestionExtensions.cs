using Marten;
using RolesBoard.Scrapers.Discovery;
using RolesBoard.Scrapers.Fetching;
using RolesBoard.Scrapers.Scraping;

namespace RolesBoard.Api.Ingestion;

public static class IngestionExtensions
{
    /// <summary>Scraping co-ops' sites: settings (a bad ROLESBOARD_SCRAPE_INTERVAL stops start-up with one line),
    /// one polite fetcher for the process (its robots.txt cache and per-host pauses must be shared), the scheduler.</summary>
    public static IServiceCollection AddIngestion(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = ScrapingSettings.From(configuration);
        services.ConfigureMarten(IngestionDocuments.Configure);
        services.AddSingleton(settings);
        services.AddSingleton(new FetchOptions { AllowPrivateNetwork = settings.AllowPrivateNetwork, PerHostDelay = settings.PerHostDelay });
        services.AddSingleton(sp => new PoliteFetcher(sp.GetRequiredService<FetchOptions>()));
        services.AddSingleton(sp => new RoleScraper(sp.GetRequiredService<PoliteFetcher>()));
        services.AddSingleton(sp => new CareersPageFinder(sp.GetRequiredService<PoliteFetcher>()));
        services.AddSingleton<CareersDiscovery>();
        services.AddSingleton<CoopIngestion>();
        services.AddSingleton<IngestionMetrics>();
        services.AddScoped<ScrapeRuns>();
        services.AddScoped<ScrapedDrafts>();
        services.AddScoped<SelectorRules>();
        services.AddScoped<ScrapePreviews>();
        services.AddSingleton<PreviewLimiter>();
        if (settings.SchedulerEnabled)
        {
            services.AddHostedService<ScrapeScheduler>();
        }
        return services;
    }
}
