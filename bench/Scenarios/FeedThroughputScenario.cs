using RolesBoard.Bench.Harness;

namespace RolesBoard.Bench.Scenarios;

/// <summary>
/// /feed.json requests per second over HTTP with a few concurrent clients, served from the output cache, against
/// /health/live in the same process: a bare endpoint with no checks (Predicate false) that answers 200 "Healthy"
/// through the same middleware, so the difference is what serving a cached feed costs, body size included.
/// </summary>
public static class FeedThroughputScenario
{
    // A few clients keep the server busy without the load generator, on the same two cores, starving it.
    private const int Clients = 4;
    private const int Rounds = 3;

    public static async Task<ScenarioResult> RunAsync(BenchContext bench)
    {
        var feed = new Uri(bench.Api.Url, "/feed.json");
        var bare = new Uri(bench.Api.Url, "/health/live");
        // The first request fills the cache; every measured one is a hit until the entry expires (2 minutes).
        var bytes = (await bench.Http.GetByteArrayAsync(feed)).Length;
        await GetAsync(bench.Http, feed);
        int sent;
        using (var hit = await SendAsync(bench.Http, feed, HttpCompletionOption.ResponseContentRead))
        {
            sent = (await hit.Content.ReadAsByteArrayAsync()).Length;
            // The output cache answers with an Age header; without it we would be measuring the database.
            Console.WriteLine($"bench: /feed.json is {bytes / 1024.0:0} KiB, {sent / 1024.0:0} KiB as sent ({string.Join(",", hit.Content.Headers.ContentEncoding)}), served from the output cache: {hit.Headers.Age is not null}");
        }
        var round = bench.Scale.ThroughputTime / Rounds;
        var (ours, baseline) = await Timing.AlternatingRatesAsync(Rounds,
            () => Timing.ThroughputAsync(round, Clients, () => GetAsync(bench.Http, feed)),
            () => Timing.ThroughputAsync(round, Clients, () => GetAsync(bench.Http, bare)));
        return new ScenarioResult("feed_throughput", "bare_health_live", ours, ours, baseline, baseline, "per_s", ">= 0.6",
            $"{Clients} concurrent clients asking, as browsers and feed readers do, for brotli or gzip: a {bytes / 1024.0:0} KiB feed ({sent / 1024.0:0} KiB sent, compressed once per cache fill) against /health/live's 7 bytes");
    }

    // The body is read to the end but not kept: the load generator shares the two cores, so it should not spend
    // them allocating a fresh array per response.
    private static async Task GetAsync(HttpClient http, Uri url)
    {
        using var response = await SendAsync(http, url, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync();
        await body.CopyToAsync(Stream.Null);
    }

    // The bytes are read as sent, not decompressed: the server's work is what is measured, on cores the client shares.
    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, Uri url, HttpCompletionOption completion)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.ParseAdd("br, gzip");
        return await http.SendAsync(request, completion);
    }
}
