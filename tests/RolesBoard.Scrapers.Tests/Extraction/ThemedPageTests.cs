using System.Text.Json;
using RolesBoard.Scrapers.Extraction;
using RolesBoard.Scrapers.Normalization;
using RolesBoard.Scrapers.Skills;
using RolesBoard.Scrapers.Tests.Infrastructure;

namespace RolesBoard.Scrapers.Tests.Extraction;

/// <summary>
/// Every saved page reads the same inside each real site's page (its head, menus, sidebar, comments and footer, from
/// Fixtures/themes) as it does alone: the theme adds no role, hides none, changes no field and adds no lead.
/// </summary>
public sealed class ThemedPageTests
{
    public static TheoryData<string, string> PagesInEveryTheme()
    {
        var cases = new TheoryData<string, string>();
        foreach (var page in ThemedPages.SavedPages(Path.Combine(AppContext.BaseDirectory, "Fixtures")))
        {
            foreach (var theme in ThemedPages.Themes)
            {
                cases.Add(page, theme);
            }
        }
        return cases;
    }

    /// <remarks>
    /// The terms aside: a site that licenses its pages (the archive's footer declares CC BY-NC-ND) licenses the roles
    /// on them too, and they are recorded with that licence so that feeds honour it.
    /// </remarks>
    [Theory]
    [MemberData(nameof(PagesInEveryTheme))]
    public void APageInAnyRealThemeYieldsWhatItYieldsAlone(string fixture, string theme)
    {
        var url = new Uri("https://example.coop/" + Path.GetFileNameWithoutExtension(fixture) + "/");
        var alone = Fixtures.Read(fixture);
        var themed = ThemedPages.Serve(alone, Fixtures.Read(Path.Combine("themes", theme)));

        Assert.True(Tags(themed) > Tags(alone) + 30, "the theme's markup is served around the page");
        Assert.Equal(Read(alone, url), Read(themed, url));
    }

    [Fact]
    public void ARoleOnASiteThatLicensesItsPagesCarriesTheLicence()
    {
        var url = new Uri("https://example.coop/2026/10/data-engineer/");
        var themed = ThemedPages.Serve(Fixtures.Read("prose/wordpress-post.html"), Fixtures.Read("themes/wordpress-archive.html"));

        var role = Assert.Single(PageExtractor.Extract(new SourceDocument(themed, url, "text/html")).Roles);

        Assert.Equal("http://creativecommons.org/licenses/by-nc-nd/3.0/", role.Terms);
    }

    public static TheoryData<string> EveryTheme() => [.. ThemedPages.Themes];

    [Theory]
    [MemberData(nameof(EveryTheme))]
    public void ARealSitesOwnPageWithNoVacancyYieldsNothing(string theme)
    {
        var extraction = PageExtractor.Extract(Fixtures.Document(Path.Combine("themes", theme), "https://example.org/blog/post/"));

        Assert.Empty(extraction.Roles);
        Assert.Empty(extraction.Leads);
    }

    private static int Tags(string html) => html.Count(c => c == '<');

    // The roles without their terms (see above), and the leads.
    private static string Read(string html, Uri url)
    {
        var extraction = PageExtractor.Extract(new SourceDocument(html, url, "text/html"));
        var roles = extraction.Roles.Select(r => RoleNormalizer.Normalize(r, url, Parse.Today, SkillVocabulary.Default))
            .Select(r => r is null ? r : r with { Terms = null });
        return JsonSerializer.Serialize(new { extraction.Format, Roles = roles, Leads = extraction.Leads.Select(l => $"{l.Kind} {l.Url}") });
    }
}
