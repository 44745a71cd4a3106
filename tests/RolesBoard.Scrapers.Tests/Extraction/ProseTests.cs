using RolesBoard.Scrapers.Extraction;
using RolesBoard.Scrapers.Normalization;
using RolesBoard.Scrapers.Scraping;
using RolesBoard.Scrapers.Skills;
using RolesBoard.Scrapers.Tests.Infrastructure;
using static RolesBoard.Scrapers.Tests.Infrastructure.RoleAssert;

namespace RolesBoard.Scrapers.Tests.Extraction;

/// <summary>Vacancies written as prose, read from saved pages (the pure half); the loopback scrapes are in Scraping/.</summary>
public sealed class ProseTests
{
    [Fact]
    public void ReadsAWordPressPostWithLabelledLines()
    {
        var roles = Parse.Fixture("prose/wordpress-post.html", "https://acme.coop/2026/10/data-engineer/");
        var role = Assert.Single(roles);
        Is(new Expected("Data Engineer", "https://acme.coop/2026/10/data-engineer/", "Remote within Europe", RemotePolicy.Remote, EmploymentType.FullTime,
            new DateOnly(2026, 10, 12), new DateOnly(2026, 11, 13), new Salary(32000, 36000, "GBP", SalaryPeriod.Year), ["Python", "Airflow", "PostgreSQL", "dbt", "Metabase"]), role);
        Assert.DoesNotContain("Frontend", role.Description); // the comment below the post is not part of it
        Assert.Equal(["RoleTitle", "Announced", "Salary", "ClosingDate", "HowToApply", "Contract", "Hours", "LabelledLines", "Location", "Workplace"], role.Evidence);
        Assert.Equal(1.0, role.Confidence);
    }

    [Fact]
    public void ReadsEachRoleOfAPostUnderItsOwnHeading()
    {
        var roles = Parse.Fixture("prose/wordpress-two-roles.html", "https://northern.coop/2026/10/hiring/");
        Assert.Equal(2, roles.Count);
        Is(new Expected("Backend Developer", "https://northern.coop/2026/10/hiring/", "Leeds (hybrid: two days a week at our office)", RemotePolicy.Hybrid, EmploymentType.FullTime,
            new DateOnly(2026, 10, 15), new DateOnly(2026, 11, 20), new Salary(34000, 38000, "GBP", SalaryPeriod.Year), ["Django", "PostgreSQL"]), roles[0]);
        // £26,000 full-time equivalent for 15 of 37.5 hours: the person is paid £10,400.
        Is(new Expected("Bookkeeper", "https://northern.coop/2026/10/hiring/", "Leeds", null, EmploymentType.PartTime,
            new DateOnly(2026, 10, 15), new DateOnly(2026, 11, 20), new Salary(10400, 10400, "GBP", SalaryPeriod.Year), ["Xero", "Payroll", "Management Accounts"]), roles[1]);
        Assert.DoesNotContain("Django", roles[1].Description);
        Assert.NotEqual(roles[0].SourceKey, roles[1].SourceKey);
    }

    [Fact]
    public void ReadsAGhostPostWrittenAllInSentences()
    {
        var role = Assert.Single(Parse.Fixture("prose/ghost-post.html", "https://outlandish.example/hiring-product-designer/"));
        // £24.50 per hour for 24 hours a week: an hourly rate, and the week's length makes it part-time.
        Is(new Expected("Product Designer", "https://outlandish.example/hiring-product-designer/", "Hackney, London", RemotePolicy.Hybrid, EmploymentType.PartTime,
            new DateOnly(2026, 10, 1), new DateOnly(2026, 11, 6), new Salary(24.50m, 24.50m, "GBP", SalaryPeriod.Hour), ["User Research", "Figma", "Dovetail", "Maze", "Design Systems"]), role);
    }

    [Fact]
    public void ReadsAJekyllPostWithAMarkdownListOfFacts()
    {
        var role = Assert.Single(Parse.Fixture("prose/jekyll-sysadmin.html", "https://hypha.example/2026/10/05/job-systems-administrator.html"));
        Is(new Expected("Systems Administrator", "https://hypha.example/2026/10/05/job-systems-administrator.html", "Remote (UK)", RemotePolicy.Remote, EmploymentType.PartTime,
            new DateOnly(2026, 10, 5), new DateOnly(2026, 11, 27), new Salary(33600, 33600, "GBP", SalaryPeriod.Year), ["Debian", "Ansible", "Nginx"]), role);
    }

    [Fact]
    public void ReadsAHugoPostWithATableOfFacts()
    {
        var role = Assert.Single(Parse.Fixture("prose/hugo-post.html", "https://agile.example/posts/user-researcher/"));
        Is(new Expected("User Researcher", "https://agile.example/posts/user-researcher/", "Oxford or remote within the UK", RemotePolicy.Remote, EmploymentType.Contractor,
            new DateOnly(2026, 10, 10), new DateOnly(2026, 12, 4), new Salary(400, 400, "GBP", SalaryPeriod.Day), ["User Research"]), role);
    }

    [Fact]
    public void ReadsOnlyTheFirstPostOfAForumTopic()
    {
        var role = Assert.Single(Parse.Fixture("prose/discourse-topic.html", "https://community.example/t/elixir-developer-at-code-commons/1288"));
        Is(new Expected("Elixir Developer", "https://community.example/t/elixir-developer-at-code-commons/1288", null, RemotePolicy.Remote, EmploymentType.FullTime,
            new DateOnly(2026, 10, 14), new DateOnly(2026, 11, 30), new Salary(45000, 45000, "GBP", SalaryPeriod.Year), ["Elixir", "Phoenix", "PostgreSQL"]), role);
        Assert.DoesNotContain("Frontend", role.Description);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ReadsOnlyTheFirstPostOfATopicFromAnOlderDiscourse(bool crawlerView)
    {
        // A real Discourse 2.8 topic page, its first post made a vacancy: that version marks each post's text
        // itemprop="articleBody" (later ones itemprop="text"), and its nineteen replies must stay out of the role.
        // A client it takes for a crawler gets the posts alone; any other gets its JavaScript app, with the same
        // posts inside <noscript>.
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        var page = parser.ParseDocument(Fixtures.Read("themes/discourse-topic.html"));
        if (crawlerView && page.QuerySelector("noscript[data-path]") is { } noscript)
        {
            noscript.Replace([.. noscript.ChildNodes]);
        }
        page.QuerySelector("#topic-title h1 a")!.TextContent = "Elixir Developer at Code Commons (remote, £45k)";
        foreach (var date in page.QuerySelectorAll("[itemprop='datePublished']"))
        {
            date.SetAttribute(date.HasAttribute("datetime") ? "datetime" : "content", "2026-10-14T16:02:11Z");
        }
        var firstPost = page.QuerySelector("[itemprop='articleBody']")!;
        firstPost.InnerHtml = "<p>Code Commons (a worker co-op of 9) is hiring an Elixir developer.</p>"
            + "<p>Salary £45,000 a year, full-time. Fully remote, within UK time zones.</p>"
            + "<p>You'll work on our Phoenix LiveView app. Applications close on 30 November. How to apply: email jobs@codecommons.example.</p>";
        var url = new Uri("https://forum.example/t/elixir-developer/177814");

        var role = Assert.Single(PageExtractor.Extract(new SourceDocument(page.DocumentElement.OuterHtml, url, "text/html")).Roles
            .Select(r => RoleNormalizer.Normalize(r, url, Parse.Today, SkillVocabulary.Default)).OfType<ScrapedRole>());

        Assert.Equal("Elixir Developer", role.Title);
        Assert.Equal(new Salary(45000, 45000, "GBP", SalaryPeriod.Year), role.Salary);
        Assert.Equal(new DateOnly(2026, 11, 30), role.ValidThrough);
        Assert.DoesNotContain("Capacitor", role.Description, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ReadsAPostOnAPageThatIsOneForm()
    {
        // ASP.NET Web Forms wraps a whole page in one <form>: the post inside it is still the post.
        var html = Fixtures.Read("prose/jekyll-sysadmin.html")
            .Replace("<body>", "<body><form method=\"post\" action=\"./vacancy.aspx\" id=\"form1\">", StringComparison.Ordinal)
            .Replace("</body>", "</form></body>", StringComparison.Ordinal);
        var url = new Uri("https://acme.coop/vacancy.aspx");
        var alone = Assert.Single(PageExtractor.Extract(new SourceDocument(Fixtures.Read("prose/jekyll-sysadmin.html"), url, "text/html")).Roles);

        var inForm = PageExtractor.Extract(new SourceDocument(html, url, "text/html")).Roles;

        Assert.Contains("<form", html, StringComparison.Ordinal);
        var role = Assert.Single(inForm);
        Assert.Equal((alone.Title, alone.Description, alone.ValidThrough), (role.Title, role.Description, role.ValidThrough));
    }

    [Fact]
    public void ReadsASpanishVacancy()
    {
        var role = Assert.Single(Parse.Fixture("prose/es-wordpress.html", "https://gcoop.example.com.ar/2026/10/buscamos-backend/"));
        Is(new Expected("Desarrollador/a Backend", "https://gcoop.example.com.ar/2026/10/buscamos-backend/", "Buenos Aires", RemotePolicy.Remote, EmploymentType.PartTime,
            new DateOnly(2026, 10, 8), new DateOnly(2026, 11, 13), new Salary(1200000, 1200000, "ARS", SalaryPeriod.Month), ["Python", "Django"]), role);
    }

    [Theory]
    [InlineData("prose/wordpress-filled.html")]
    [InlineData("prose/jekyll-organiser.html")]
    [InlineData("prose/es-cerrada.html")]
    public void AClosedOrFilledPostYieldsNoRole(string fixture) =>
        Assert.Empty(Parse.Fixture(fixture, "https://acme.coop/post/"));

    [Theory]
    [InlineData("prose/not-hiring.html")]
    [InlineData("prose/how-we-hire.html")]
    [InlineData("prose/membership.html")]
    [InlineData("prose/wordpress-category.html")]
    [InlineData("prose/wordpress-read-more.html")]
    [InlineData("prose/jekyll-jobs.html")]
    [InlineData("prose/discourse-category.html")]
    [InlineData("pages/navigation-only.html")]
    public void APageWithoutAVacancyOfItsOwnYieldsNoRole(string fixture) =>
        Assert.Empty(Parse.Fixture(fixture, "https://acme.coop/jobs/"));

    [Fact]
    public void AnArchiveLeadsToItsOpenVacancyPostsOnly()
    {
        var leads = Parse.Leads("prose/wordpress-category.html", "https://acme.coop/category/jobs/");
        Assert.Equal(["https://acme.coop/2026/10/data-engineer/"], leads);
    }

    [Fact]
    public void AnArchiveWhosePostsAreLinkedByReadMoreLeadsToTheOpenVacancyItsHeadingNames()
    {
        var leads = Parse.Leads("prose/wordpress-read-more.html", "https://fairbyte.coop/news/");
        Assert.Equal(["https://fairbyte.coop/2026/11/frontend-developer/"], leads);
    }

    [Fact]
    public void AForumCategoryLeadsToItsOpenVacancyTopicsOnly()
    {
        var leads = Parse.Leads("prose/discourse-category.html", "https://community.example/c/jobs/5");
        Assert.Equal(["https://community.example/t/elixir-developer-at-code-commons/1288"], leads);
    }

    [Fact]
    public void NavigationAndFooterJobsLinksAreNotLeads() =>
        Assert.Empty(Parse.Leads("pages/navigation-only.html", "https://example.coop/"));
}
