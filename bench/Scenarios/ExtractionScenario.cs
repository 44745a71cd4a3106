using AngleSharp.Html.Parser;
using RolesBoard.Bench.Harness;
using RolesBoard.Scrapers.Extraction;

namespace RolesBoard.Bench.Scenarios;

/// <summary>
/// Careers pages per second through our extractors (JSON-LD, microdata, plugin markup, selector-free HTML),
/// against AngleSharp parsing the same pages and nothing more.
/// </summary>
public static class ExtractionScenario
{
    public static async Task<ScenarioResult> RunAsync(BenchContext bench)
    {
        var fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures");
        var pages = new[] { "jsonld", "microdata", "wpjm", "pages" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(fixtures, folder), "*.html"))
            .Select(file => new SourceDocument(File.ReadAllText(file), new Uri($"https://coop.example/{Path.GetFileName(file)}"), "text/html"))
            .ToArray();
        var parser = new HtmlParser();
        var ours = await Rate(bench, pages, page => PageExtractor.Extract(page).GetHashCode());
        var angle = await Rate(bench, pages, page => parser.ParseDocument(page.Text).GetHashCode());
        return new ScenarioResult("extraction", "anglesharp_parse", ours, ours, angle, angle, "per_s", ">= 0.5", $"{pages.Length} saved careers pages");
    }

    private static async Task<double> Rate(BenchContext bench, SourceDocument[] pages, Func<SourceDocument, int> work)
    {
        var i = 0;
        for (var w = 0; w < pages.Length * 5; w++)
        {
            work(pages[w % pages.Length]);
        }
        // One thread: extraction is CPU work, and the machine has two cores shared with the database.
        return await Timing.ThroughputAsync(bench.Scale.ThroughputTime, 1, () =>
        {
            work(pages[Interlocked.Increment(ref i) % pages.Length]);
            return Task.CompletedTask;
        });
    }
}
