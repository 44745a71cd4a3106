using Microsoft.AspNetCore.Hosting;
using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Ingestion;

/// <summary>The app with its scraper allowed onto loopback (where the fixture sites are) and without politeness pauses.
/// Both are configuration-only settings; the scheduler stays off (ROLESBOARD_SCRAPE_INTERVAL=0), runs come from scrapeNow.</summary>
public class IngestionApp : RolesBoardApp
{
    protected override void ConfigureSettings(IWebHostBuilder builder)
    {
        builder.UseSetting("Scraping:AllowPrivateNetwork", "true");
        builder.UseSetting("Scraping:PerHostDelay", "00:00:00");
        // Short enough for a tarpit test to end quickly, long enough for the fixtures' deliberate delays.
        builder.UseSetting("Scraping:CoopBudget", "00:00:05");
        // Fixture sites speak plain HTTP on a port of their own.
        builder.UseSetting("Coops:DomainProofUrl", "http://{authority}/.well-known/rolesboard-verification.txt");
    }
}

[CollectionDefinition(nameof(IngestionCollection))]
public sealed class IngestionCollection : ICollectionFixture<IngestionApp>;
