using RolesBoard.Scrapers.Extraction;
using RolesBoard.Scrapers.Extraction.Prose;
using RolesBoard.Scrapers.Scraping;
using RolesBoard.Scrapers.Tests.Infrastructure;

namespace RolesBoard.Scrapers.Tests.Extraction;

/// <summary>The pieces of prose reading on their own: titles, pay sentences, closing dates, one language at a time.</summary>
public sealed class ProseWordsTests
{
    [Theory]
    [InlineData("Join us: we're looking for a Data Engineer! – Acme Co-op", "Data Engineer", true)]
    [InlineData("We're hiring a Senior Python Developer (part-time, remote)", "Senior Python Developer", true)]
    [InlineData("Vacancy – Community Organiser", "Community Organiser", true)]
    [InlineData("Job: Systems Administrator | Hypha Worker Co-operative", "Systems Administrator", true)]
    [InlineData("we're looking for a data engineer", "Data Engineer", true)]
    [InlineData("Elixir Developer at Code Commons (remote, £45k)", "Elixir Developer", false)]
    [InlineData("Bookkeeper (part-time)", "Bookkeeper", false)]
    [InlineData("Tech Lead, Platform", "Tech Lead", false)]
    [InlineData("We're hiring: Developer Relations", "Developer Relations", true)]
    [InlineData("Developer Advocate (open source)", "Developer Advocate", false)]
    public void CleansATitleToTheRole(string heading, string role, bool announced) =>
        Assert.Equal(new RoleTitles.Recognised(role, announced), RoleTitles.Recognise(heading, VacancyWords.English, "Acme Co-op"));

    [Theory]
    [InlineData("Jobs")]
    [InlineData("We're hiring!")]
    [InlineData("How we hire: notes from ten years as a co-op")]
    [InlineData("Our developers")]
    [InlineData("Role of the developer in a co-op")]
    [InlineData("Developer experience matters")]
    public void AHeadingWithoutARoleNamesNone(string heading) => Assert.Null(RoleTitles.Recognise(heading, VacancyWords.English));

    [Fact]
    public void ReadsSpanishTitlesWithTheRoleFirst() =>
        Assert.Equal("Desarrollador/a Backend", RoleTitles.Recognise("Buscamos Desarrollador/a Backend – Cooperativa Gcoop", VacancyWords.For("es").First())?.Title);

    [Theory]
    [InlineData("es", 1)]
    [InlineData("", 1)]
    [InlineData("en", 0)]
    public void ReadsAPageInTheLanguageItDeclaresOrInAllWhenItDeclaresNone(string lang, int roles)
    {
        var html = $"""
            <html lang="{lang}"><body><article><h1 class="entry-title">Buscamos Diseñador/a UX</h1><div class="entry-content">
            <p><strong>Salario:</strong> € 2.000 mensuales<br><strong>Modalidad:</strong> remota</p><p>Enviá tu CV.</p></div></article></body></html>
            """;
        Assert.Equal(roles, PageExtractor.Extract(new SourceDocument(html, new Uri("https://coop.example/buscamos/"))).Roles.Count);
    }

    [Theory]
    [InlineData("<p>£30,000 pro rata (£18,000 actual), 3 days a week.</p>", 18000, SalaryPeriod.Year)]
    [InlineData("<p>£30,000 FTE pro rata for three days a week.</p>", 18000, SalaryPeriod.Year)]
    [InlineData("<p>£12.60 per hour, 30 hours a week.</p>", 12.60, SalaryPeriod.Hour)]
    [InlineData("<p>£28,000 for 30 hours a week.</p>", 28000, SalaryPeriod.Year)]
    public void StoresWhatThePersonIsPaid(string paragraph, double amount, SalaryPeriod period)
    {
        var role = Assert.Single(Post("Vacancy: Bookkeeper", paragraph + "<p>To apply, email us.</p>"));
        Assert.Equal(new Salary((decimal)amount, (decimal)amount, "GBP", period), role.Salary);
    }

    [Theory]
    [InlineData("Applications close on Friday 13 November.", "2026-11-13")]
    [InlineData("Closing date: 27/11/2026", "2026-11-27")]
    [InlineData("The deadline is 4th December 2026.", "2026-12-04")]
    [InlineData("Apply by November 30, 2026.", "2026-11-30")]
    [InlineData("Applications close on 5 March.", "2027-03-05")]
    [InlineData("Applications close in two weeks.", "2026-11-03")]
    [InlineData("Closing date: 10 days from today.", "2026-10-30")]
    [InlineData("Applications close at the end of the month.", "2026-10-31")]
    public void TakesTheClosingDateFromASentence(string sentence, string date)
    {
        var role = Assert.Single(Post("Vacancy: Bookkeeper", $"<p>£14 per hour.</p><p>{sentence}</p>"));
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), role.ValidThrough);
    }

    [Theory]
    [InlineData("Postulaciones hasta fin de mes.", "2026-10-31")]
    [InlineData("Recibimos postulaciones hasta el plazo de dos semanas.", "2026-11-03")]
    public void ReadsARelativeClosingDateInSpanishFromThePostsDate(string sentence, string date)
    {
        var html = $"""
            <html lang="es"><head><meta property="article:published_time" content="2026-10-20T09:00:00+00:00"></head><body><article>
            <h1 class="entry-title">Buscamos Desarrollador/a Backend</h1><div class="entry-content">
            <p><strong>Salario:</strong> $ 900.000 ARS mensuales</p><p>{sentence}</p></div></article></body></html>
            """;
        var role = Assert.Single(PageExtractor.Extract(new SourceDocument(html, new Uri("https://coop.example/buscamos/"))).Roles);
        Assert.Equal(date, role.ValidThrough);
    }

    [Fact]
    public void APostWhoseClosingDateHasPassedYieldsNothing() =>
        Assert.Empty(Post("Vacancy: Bookkeeper", "<p>£14 per hour.</p><p>Applications closed on 1 October 2026.</p>"));

    // A WordPress post published on 20 October 2026 (the tests' today).
    private static IReadOnlyList<ScrapedRole> Post(string title, string body)
    {
        var html = $"""
            <html lang="en"><head><meta property="article:published_time" content="2026-10-20T09:00:00+00:00"></head>
            <body><article><h1 class="entry-title">{title}</h1><div class="entry-content">{body}</div></article></body></html>
            """;
        var document = new SourceDocument(html, new Uri("https://acme.coop/2026/10/post/"));
        return [.. PageExtractor.Extract(document).Roles.Select(r => RolesBoard.Scrapers.Normalization.RoleNormalizer.Normalize(r, document.Url, Parse.Today, RolesBoard.Scrapers.Skills.SkillVocabulary.Default)).OfType<ScrapedRole>()];
    }
}
