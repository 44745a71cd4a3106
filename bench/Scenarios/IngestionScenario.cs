using System.Diagnostics;
using System.Diagnostics.Metrics;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using RolesBoard.Api.Coops;
using RolesBoard.Api.Ingestion;
using RolesBoard.Api.Roles;
using RolesBoard.Bench.Data;
using RolesBoard.Bench.Harness;
using RolesBoard.Scrapers.Discovery;
using RolesBoard.Scrapers.Fetching;
using RolesBoard.Scrapers.Scraping;

namespace RolesBoard.Bench.Scenarios;

/// <summary>
/// Scraped roles upserted per second through our whole ingestion path (CoopIngestion: the co-op's advisory lock,
/// fetching its careers page, JSON-LD extraction, normalization, merge, validation and one transaction per source),
/// with pages served from memory, against Marten's BulkInsert (COPY) of the very documents ingestion stored.
/// Two passes: the first creates every role, the second finds them all again and refreshes them (the steady state).
/// </summary>
public static class IngestionScenario
{
    // A co-op with an ATS board or a busy careers page lists tens of roles; most list a handful.
    private const int RolesPerCoop = 25;

    public static async Task<ScenarioResult> RunAsync(BenchContext bench)
    {
        // As many co-ops again warm up, through both passes, before the clock starts. Until then a run is mostly JIT work
        // (Marten generating its storage code, then tier-1 recompiling the whole path; the bench's CPU per co-op run was
        // 12.4 ms with two co-ops of warm-up, 4.5 ms with tiered compilation off), which BulkInsert, warm from seeding, skips.
        var measuredCount = Math.Max(4, bench.Scale.Roles / 10 / RolesPerCoop);
        var warmup = measuredCount;
        var coops = bench.Generator.Coops(warmup + measuredCount);
        var site = new CareersSite();
        foreach (var coop in coops)
        {
            // Their own slugs and hosts, apart from the seeded co-ops'.
            coop.Slug = coop.Slug.Replace("bench-coop", "ingest-coop", StringComparison.Ordinal);
            coop.Domain = coop.Domain.Replace("coop", "ingest", StringComparison.Ordinal);
            coop.CareersUrls = [CareersSite.CareersUrl(coop.Domain).ToString()];
            site.Add(coop.Domain, Enumerable.Range(0, RolesPerCoop).Select(_ => bench.Generator.Role(coops)));
        }
        await bench.Store.BulkInsertAsync(coops);
        var ingestion = Ingestion(bench.Store, site);

        await CreateThenRefreshAsync(ingestion, coops.Take(warmup).ToList());
        var measured = coops.Skip(warmup).ToList();
        var clock = Stopwatch.StartNew();
        var upserted = await CreateThenRefreshAsync(ingestion, measured);
        var ours = upserted / clock.Elapsed.TotalSeconds;

        var ids = measured.Select(c => c.Id).ToArray();
        await using var query = bench.Store.QuerySession();
        var stored = await query.Query<Role>().Where(r => ids.Contains(r.CoopId)).ToListAsync();
        // One bulk insert lasts about a second and swung from 5,900 to 9,000 roles/s between runs: the median of three,
        // each copy deleted again (untimed) so the table is the same size for every sample and for the scenarios after.
        var samples = new List<double>();
        for (var sample = 0; sample < 3; sample++)
        {
            foreach (var role in stored)
            {
                role.Id = Guid.NewGuid();
            }
            clock.Restart();
            await bench.Store.BulkInsertAsync(stored.ToList());
            samples.Add(stored.Count / clock.Elapsed.TotalSeconds);
            await using var connection = new Npgsql.NpgsqlConnection(bench.ConnectionString);
            await connection.OpenAsync();
            await using var delete = new Npgsql.NpgsqlCommand($"delete from {bench.Schema}.mt_doc_role where id = any($1)", connection);
            delete.Parameters.Add(new Npgsql.NpgsqlParameter { Value = stored.Select(r => r.Id).ToArray() });
            await delete.ExecuteNonQueryAsync();
        }
        var baseline = samples.Order().ElementAt(1);
        Console.WriteLine($"bench: ingestion upserted {upserted} roles of {measured.Count} co-ops x {RolesPerCoop} in two passes; bulk-inserted {stored.Count} three times: {string.Join(", ", samples.Select(r => $"{r:0}/s"))}");
        return new ScenarioResult("ingestion", "marten_bulk_insert", ours, ours, baseline, baseline, "per_s", ">= 0.4",
            $"{measured.Count} co-ops x {RolesPerCoop} roles, created then refreshed; fetch, extraction, validation, merge and save included");
    }

    /// <summary>Runs each co-op twice, all of them once before any again; returns the roles stored, created or refreshed.</summary>
    private static async Task<int> CreateThenRefreshAsync(CoopIngestion ingestion, IReadOnlyList<Coop> coops)
    {
        var upserted = 0;
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var coop in coops)
            {
                var result = await ingestion.RunAsync(coop.Id, "bench", onlyIfDue: false, CancellationToken.None);
                // Every role found and accepted is stored, created or refreshed (its last-seen time moves on).
                upserted += result.Runs.Sum(r => r.Found - r.Skipped - r.Linked);
            }
        }
        return upserted;
    }

    private static CoopIngestion Ingestion(IDocumentStore store, CareersSite site)
    {
        // No pause between requests: the "site" is memory, and the pause would measure nothing but waiting.
        var options = new FetchOptions { AllowPrivateNetwork = true, PerHostDelay = TimeSpan.Zero };
        var fetcher = new PoliteFetcher(new HttpClient(site), options);
        var settings = new ScrapingSettings(TimeSpan.Zero, AllowPrivateNetwork: true, PerHostDelay: TimeSpan.Zero);
        var discovery = new CareersDiscovery(store, new CareersPageFinder(fetcher), TimeProvider.System);
        var metrics = new IngestionMetrics(new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>());
        return new CoopIngestion(store, new RoleScraper(fetcher), discovery, settings, metrics, TimeProvider.System, NullLogger<CoopIngestion>.Instance);
    }
}
