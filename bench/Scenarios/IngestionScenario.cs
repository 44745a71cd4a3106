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
/// Two passes: the first creates every role, the second finds them all again and refreshes them (the steady state): the
/// page is served again unchanged, which the board recognises by its hash and does not read again, as with a 304.
/// Each role created is recorded as a change for two consumers in the same transaction, as in the API.
/// </summary>
public static class IngestionScenario
{
    // A co-op with an ATS board or a busy careers page lists tens of roles; most list a handful.
    private const int RolesPerCoop = 25;

    private const int Rounds = 5;

    public static async Task<ScenarioResult> RunAsync(BenchContext bench)
    {
        // As many co-ops again warm up, through both passes, before the clock starts. Until then a run is mostly JIT work
        // (Marten generating its storage code, then tier-1 recompiling the whole path; the bench's CPU per co-op run was
        // 12.4 ms with two co-ops of warm-up, 4.5 ms with tiered compilation off), which BulkInsert, warm from seeding, skips.
        var measuredCount = Math.Max(4, bench.Scale.Roles / 10 / RolesPerCoop);
        var warmup = measuredCount;
        var coops = bench.Generator.Coops(warmup + measuredCount);
        // BENCH_STAMPED_PAGES=1 serves every page with the time it was served, as sites with per-request nonces do, so
        // the refresh pass reads every page again instead of recognising it unchanged (for comparing the two paths).
        var site = new CareersSite { StampsEachPage = Environment.GetEnvironmentVariable("BENCH_STAMPED_PAGES") == "1" };
        foreach (var coop in coops)
        {
            // Their own slugs and hosts, apart from the seeded co-ops'.
            coop.Slug = coop.Slug.Replace("bench-coop", "ingest-coop", StringComparison.Ordinal);
            coop.Domain = coop.Domain.Replace("coop", "ingest", StringComparison.Ordinal);
            coop.CareersUrls = [CareersSite.CareersUrl(coop.Domain).ToString()];
            site.Add(coop.Domain, Enumerable.Range(0, RolesPerCoop).Select(_ => bench.Generator.Role(coops)));
        }
        await bench.Store.BulkInsertAsync(coops);
        // Through a store that records each role's change in the same transaction, as the API's store does (the rows
        // alerts and webhooks read), for consumers no job of the running API reads: the writes are ingestion's cost,
        // the reactions to them are alerts_fanout's.
        using var recordingStore = BenchStore.Create(bench.ConnectionString, bench.Schema,
            options => RoleChangeRecorder.Configure(options, [new RoleChangeConsumer("bench-alerts"), new RoleChangeConsumer("bench-webhooks")], TimeProvider.System));
        var ingestion = Ingestion(recordingStore, site);

        await CreateThenRefreshAsync(ingestion, coops.Take(warmup).ToList());
        // Ours and the baseline alternate, a fifth of the co-ops at a time, and each side's median rate is reported. Run
        // once each, one after the other, the ratio was 0.53 in one run and 0.31 in the next of the same build: whatever
        // else the shared machine and the database were doing fell on one side or the other.
        var rounds = coops.Skip(warmup).Chunk(Math.Max(1, measuredCount / Rounds)).ToList();
        var (ours, baseline) = (new List<double>(), new List<double>());
        var upserted = 0;
        foreach (var round in rounds)
        {
            var clock = Stopwatch.StartNew();
            var stored = await CreateThenRefreshAsync(ingestion, round);
            ours.Add(stored / clock.Elapsed.TotalSeconds);
            upserted += stored;
            baseline.Add(await BulkInsertRateAsync(bench, round));
        }
        Console.WriteLine($"bench: ingestion upserted {upserted} roles of {measuredCount} co-ops x {RolesPerCoop} in two passes, {rounds.Count} rounds: "
            + $"{string.Join(", ", ours.Select(r => $"{r:0}/s"))}; bulk-inserted each round's roles: {string.Join(", ", baseline.Select(r => $"{r:0}/s"))}");
        var (oursMedian, baselineMedian) = (Timing.Percentile([.. ours], 50), Timing.Percentile([.. baseline], 50));
        return new ScenarioResult("ingestion", "marten_bulk_insert", oursMedian, oursMedian, baselineMedian, baselineMedian, "per_s", ">= 0.4",
            $"{measuredCount} co-ops x {RolesPerCoop} roles in {rounds.Count} rounds alternating with the baseline, created then refreshed; fetch, extraction, validation, merge, change records and save included; medians");
    }

    /// <summary>
    /// Marten's BulkInsert (COPY) of the roles ingestion stored for these co-ops, as copies under new ids, deleted again
    /// untimed so the table is the same size for every round and for the scenarios after.
    /// </summary>
    private static async Task<double> BulkInsertRateAsync(BenchContext bench, Coop[] coops)
    {
        var ids = coops.Select(c => c.Id).ToArray();
        List<Role> copies;
        await using (var query = bench.Store.QuerySession())
        {
            copies = [.. await query.Query<Role>().Where(r => ids.Contains(r.CoopId)).ToListAsync()];
        }
        foreach (var role in copies)
        {
            role.Id = Guid.NewGuid();
        }
        var clock = Stopwatch.StartNew();
        await bench.Store.BulkInsertAsync(copies);
        var rate = copies.Count / clock.Elapsed.TotalSeconds;
        await using var connection = new Npgsql.NpgsqlConnection(bench.ConnectionString);
        await connection.OpenAsync();
        await using var delete = new Npgsql.NpgsqlCommand($"delete from {bench.Schema}.mt_doc_role where id = any($1)", connection);
        delete.Parameters.Add(new Npgsql.NpgsqlParameter { Value = copies.Select(r => r.Id).ToArray() });
        await delete.ExecuteNonQueryAsync();
        return rate;
    }

    /// <summary>Runs each co-op twice, all of them once before any again; returns the roles stored, created or refreshed.</summary>
    private static async Task<int> CreateThenRefreshAsync(CoopIngestion ingestion, IReadOnlyCollection<Coop> coops)
    {
        var upserted = 0;
        var stored = new Dictionary<Guid, int>();
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var coop in coops)
            {
                var result = await ingestion.RunAsync(coop.Id, "bench", onlyIfDue: false, CancellationToken.None);
                // Every role found and accepted is stored, created or refreshed (its last-seen time moves on); a page
                // recognised as unchanged refreshes every role it listed last time.
                var run = result.Runs.Single();
                upserted += stored[coop.Id] = run.Outcome == ScrapeOutcome.NotModified ? stored[coop.Id] : run.Found - run.Skipped - run.Linked;
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
