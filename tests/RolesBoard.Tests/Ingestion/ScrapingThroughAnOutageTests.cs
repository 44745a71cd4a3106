using System.Net;
using System.Text.Json.Nodes;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using RolesBoard.Api.Ingestion;
using RolesBoard.Api.Roles;
using RolesBoard.Api.Storage;
using RolesBoard.Scrapers.Scraping;
using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Ingestion;

/// <summary>The ingestion app over a PostgreSQL cluster of its own, which the test stops mid-run.</summary>
public sealed class IngestionOutageApp : IngestionApp
{
    protected override bool OwnsCluster => true;
}

public sealed class ScrapingThroughAnOutageTests(IngestionOutageApp app) : IClassFixture<IngestionOutageApp>
{
    [Fact]
    public async Task ADatabaseOutageDuringARunClosesNothingAndTheNextRunCarriesOn()
    {
        await using var site = await CareersSite.StartAsync("Backend Developer", "Designer");
        var coop = await app.CoopWithCareersPageAsync(site);
        await app.ScrapeOnceAsync(coop);
        // Two roles went missing once already: one more successful miss would close them.
        site.Roles = ["Backend Developer"];
        await app.ScrapeOnceAsync(coop);
        Assert.Equal(1, (await app.RolesOfAsync(coop.Id)).Single(r => r.Title == "Designer").MissedScrapes);

        // The database goes away while the site is being read, and stays away longer than the retries.
        site.JobsDelay = TimeSpan.FromSeconds(1);
        var requestsBefore = site.JobsRequests;
        var run = app.Services.GetRequiredService<CoopIngestion>().RunAsync(Guid.Parse(coop.Id), "test", onlyIfDue: false, CancellationToken.None);
        while (site.JobsRequests == requestsBefore)
        {
            await Task.Delay(20);
        }
        await app.Cluster!.StopAsync();
        var result = await run;
        await app.Cluster!.RestartAsync();

        var failed = Assert.Single(result.Runs);
        Assert.Equal((ScrapeOutcome.Failed, 0), (failed.Outcome, failed.Closed));
        Assert.Contains("database", failed.Error);
        await using (var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession())
        {
            var runs = await WhileUnavailableAsync(() => session.Query<ScrapeRun>().Where(r => r.CoopId == Guid.Parse(coop.Id)).ToListAsync());
            Assert.Equal(2, runs.Count(r => r.Outcome == ScrapeOutcome.Succeeded));
            Assert.DoesNotContain(runs, r => r.Id == failed.Id && r.Outcome != ScrapeOutcome.Failed);
        }
        var designer = (await app.RolesOfAsync(coop.Id)).Single(r => r.Title == "Designer");
        Assert.Equal((RoleStatus.Open, 1), (designer.Status, designer.MissedScrapes));

        // Back up: the retried run is the second miss (the page is as it was when the role went missing), and closes
        // the role as it should.
        site.JobsDelay = TimeSpan.Zero;
        var next = await ScrapeOnceOutlastingA503Async(coop);
        Assert.Equal(("NOT_MODIFIED", 1), (next.Text("outcome"), next.Number("closed")));
    }

    /// <summary>scrapeNow as a client would send it after an outage: again while the API answers 503, then asserted once.</summary>
    private async Task<JsonNode> ScrapeOnceOutlastingA503Async(Board.CoopKey coop)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var response = await app.PostGraphQLAsync(Scraping.ScrapeNowMutation, new { id = coop.Id }, coop.ApiKey);
            if (response.StatusCode != HttpStatusCode.ServiceUnavailable || attempt == 10)
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                var payload = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["scrapeNow"]!;
                Assert.Empty(payload["errors"]!.AsArray());
                return Assert.Single(payload["runs"]!.AsArray())!;
            }
            await Task.Delay(300);
        }
    }

    /// <summary>
    /// The first requests after a restart may meet pooled connections the restart broke: like a client, try again
    /// while the database is unavailable (and only then; a failed assertion is never retried).
    /// </summary>
    private static async Task<T> WhileUnavailableAsync<T>(Func<Task<T>> action)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await action();
            }
            catch (Exception e) when (attempt < 10 && DatabaseFaults.IsUnavailable(e))
            {
                await Task.Delay(300);
            }
        }
    }
}
