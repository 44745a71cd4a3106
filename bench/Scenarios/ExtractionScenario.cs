using AngleSharp.Html.Parser;
using RolesBoard.Bench.Harness;
using RolesBoard.Scrapers.Extraction;
using RolesBoard.Scrapers.Normalization;
using RolesBoard.Scrapers.Skills;
using RolesBoard.Scrapers.Tests.Infrastructure;

namespace RolesBoard.Bench.Scenarios;

/// <summary>
/// Careers pages per second through what a scrape does to a fetched page: our extractors (JSON-LD, microdata,
/// plugin markup, vacancies written as prose, pages with nothing to find) and normalization of every role found (plain text, skills, salary, dates),
/// against AngleSharp parsing the same pages and nothing more.
/// </summary>
/// <remarks>
/// Two sets of the same saved pages: as sites serve them, each inside a real theme's page (Fixtures/themes: head,
/// menus, sidebar, comments, footer around the post), which is the measure; and bare, as the tests keep them (0.4 to
/// 3 KB, a post and little else), where what is measured is mostly the fixed cost of each page.
/// </remarks>
public static class ExtractionScenario
{
    public static Task<ScenarioResult> ServedAsync(BenchContext bench) =>
        RunAsync(bench, "extraction", Served(Saved()), ">= 0.5", "saved careers pages served in real themes' pages, each extracted and its roles normalized");

    public static Task<ScenarioResult> BareAsync(BenchContext bench) =>
        RunAsync(bench, "extraction_bare", Saved(), "", "saved careers pages alone, as the tests keep them: mostly the fixed cost of each page");

    private static async Task<ScenarioResult> RunAsync(BenchContext bench, string name, SourceDocument[] pages, string target, string note)
    {
        var today = new DateOnly(2026, 1, 1);
        // The baseline's best case: one parser reused, as ours reuses one per thread. Reading the body's children
        // makes sure the parsed tree is used, not only built.
        var parser = new HtmlParser();
        var round = bench.Scale.ThroughputTime / 3;
        var (ours, angle) = await Timing.AlternatingRatesAsync(3,
            () => Rate(round, pages, page => PageExtractor.Extract(page).Roles
                .Count(raw => RoleNormalizer.Normalize(raw, page.Url, today, SkillVocabulary.Default) is not null)),
            () => Rate(round, pages, page => parser.ParseDocument(page.Text).Body?.ChildElementCount ?? 0));
        var kilobytes = pages.Sum(p => p.Text.Length) / 1024.0 / pages.Length;
        return new ScenarioResult(name, "anglesharp_parse", ours, ours, angle, angle, "per_s", target, $"{pages.Length} {note}; {kilobytes:0.#} KB a page on average");
    }

    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    private static SourceDocument[] Saved() =>
    [
        .. ThemedPages.SavedPages(Fixtures)
            .Select(file => new SourceDocument(File.ReadAllText(Path.Combine(Fixtures, file)), new Uri($"https://coop.example/{Path.GetFileName(file)}"), "text/html")),
    ];

    private static SourceDocument[] Served(SourceDocument[] saved) =>
    [
        .. saved.Select(page => page with
        {
            Text = ThemedPages.Serve(page.Text, File.ReadAllText(Path.Combine(Fixtures, "themes", ThemedPages.ThemeFor(Path.GetFileName(page.Url.AbsolutePath))))),
        }),
    ];

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
