using AngleSharp.Html.Parser;
using RolesBoard.Bench.Harness;
using RolesBoard.Scrapers.Extraction;
using RolesBoard.Scrapers.Normalization;
using RolesBoard.Scrapers.Skills;

namespace RolesBoard.Bench.Scenarios;

/// <summary>
/// Careers pages per second through what a scrape does to a fetched page: our extractors (JSON-LD, microdata,
/// plugin markup, vacancies written as prose, pages with nothing to find) and normalization of every role found (plain text, skills, salary, dates),
/// against AngleSharp parsing the same pages and nothing more.
/// </summary>
public static class ExtractionScenario
{
    public static async Task<ScenarioResult> RunAsync(BenchContext bench)
    {
        var fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures");
        var pages = new[] { "jsonld", "microdata", "wpjm", "pages", "prose" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(fixtures, folder), "*.html"))
            .Select(file => new SourceDocument(File.ReadAllText(file), new Uri($"https://coop.example/{Path.GetFileName(file)}"), "text/html"))
            .ToArray();
        var today = new DateOnly(2026, 1, 1);
        // The baseline's best case: one parser reused, as ours reuses one per thread. Reading the body's children
        // makes sure the parsed tree is used, not only built.
        var parser = new HtmlParser();
        var round = bench.Scale.ThroughputTime / 3;
        var (ours, angle) = await Timing.AlternatingRatesAsync(3,
            () => Rate(round, pages, page => PageExtractor.Extract(page).Roles
                .Count(raw => RoleNormalizer.Normalize(raw, page.Url, today, SkillVocabulary.Default) is not null)),
            () => Rate(round, pages, page => parser.ParseDocument(page.Text).Body?.ChildElementCount ?? 0));
        return new ScenarioResult("extraction", "anglesharp_parse", ours, ours, angle, angle, "per_s", ">= 0.5", $"{pages.Length} saved careers pages, each extracted and its roles normalized");
    }

    private static async Task<double> Rate(TimeSpan time, SourceDocument[] pages, Func<SourceDocument, int> work)
    {
        var i = 0;
        long sink = 0;
        for (var w = 0; w < pages.Length * 50; w++)
        {
            sink += work(pages[w % pages.Length]);
        }
        // One thread: extraction is CPU work, and the machine has two cores shared with the database.
        var rate = await Timing.ThroughputAsync(time, 1, () =>
        {
            sink += work(pages[Interlocked.Increment(ref i) % pages.Length]);
            return Task.CompletedTask;
        });
        GC.KeepAlive(sink);
        return rate;
    }
}
