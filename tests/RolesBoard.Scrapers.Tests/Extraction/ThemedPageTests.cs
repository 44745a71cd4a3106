using System.Text.Json;
using RolesBoard.Scrapers.Extraction;
using RolesBoard.Scrapers.Normalization;
using RolesBoard.Scrapers.Skills;
using RolesBoard.Scrapers.Tests.Infrastructure;

namespace RolesBoard.Scrapers.Tests.Extraction;

/// <summary>
/// Every saved page reads the same inside a real site's theme (its head, menus, sidebar, comments and footer, from
/// Fixtures/themes) as it does alone: the theme adds no role, hides none, changes no field and adds no lead.
/// </summary>
public sealed class ThemedPageTests
{
    public static TheoryData<string> Pages() => [.. ThemedPages.SavedPages(Path.Combine(AppContext.BaseDirectory, "Fixtures"))];

    [Theory]
    [MemberData(nameof(Pages))]
    public void APageInARealThemeYieldsWhatItYieldsAlone(string fixture)
    {
        var url = new Uri("https://example.coop/" + Path.GetFileNameWithoutExtension(fixture) + "/");
        var alone = Fixtures.Read(fixture);
        var themed = ThemedPages.Serve(alone, Fixtures.Read(Path.Combine("themes", ThemedPages.ThemeFor(Path.GetFileName(fixture)))));

        Assert.True(Tags(themed) > Tags(alone) + 30, "the theme's markup is served around the page");
        Assert.Equal(Read(alone, url), Read(themed, url));
    }

    [Theory]
    [InlineData("wordpress-post.html")]
    [InlineData("wordpress-archive.html")]
    [InlineData("hugo-post.html")]
    [InlineData("jekyll-post.html")]
    [InlineData("discourse-topic.html")]
    public void ARealSitesOwnPageWithNoVacancyYieldsNothing(string theme)
    {
        var extraction = PageExtractor.Extract(Fixtures.Document(Path.Combine("themes", theme), "https://example.org/blog/post/"));

        Assert.Empty(extraction.Roles);
        Assert.Empty(extraction.Leads);
    }

    private static int Tags(string html) => html.Count(c => c == '<');

    private static string Read(string html, Uri url)
    {
        var extraction = PageExtractor.Extract(new SourceDocument(html, url, "text/html"));
        var roles = extraction.Roles.Select(r => RoleNormalizer.Normalize(r, url, Parse.Today, SkillVocabulary.Default));
        return JsonSerializer.Serialize(new { extraction.Format, Roles = roles, Leads = extraction.Leads.Select(l => $"{l.Kind} {l.Url}") });
    }
}
