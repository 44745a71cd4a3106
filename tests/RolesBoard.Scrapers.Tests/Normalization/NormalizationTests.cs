using RolesBoard.Scrapers.Extraction;
using RolesBoard.Scrapers.Normalization;
using RolesBoard.Scrapers.Scraping;
using RolesBoard.Scrapers.Skills;

namespace RolesBoard.Scrapers.Tests.Normalization;

public sealed class NormalizationTests
{
    [Theory]
    [InlineData("FULL_TIME", EmploymentType.FullTime)]
    [InlineData("Full Time", EmploymentType.FullTime)]
    [InlineData("part-time", EmploymentType.PartTime)]
    [InlineData("Freelance", EmploymentType.Contractor)]
    [InlineData("fixed-term", EmploymentType.Temporary)]
    [InlineData("Internship", EmploymentType.Intern)]
    [InlineData("VOLUNTEER", EmploymentType.Volunteer)]
    [InlineData("Zero hours", EmploymentType.Other)]
    public void MapsEmploymentTypes(string text, EmploymentType expected) => Assert.Equal(expected, EmploymentTypes.Parse([text]));

    [Theory]
    [InlineData("TELECOMMUTE", null, RemotePolicy.Remote)]
    [InlineData(null, "Remote (UK only)", RemotePolicy.Remote)]
    [InlineData(null, "London / Remote, hybrid", RemotePolicy.Hybrid)]
    [InlineData(null, "On-site in Leeds", RemotePolicy.Onsite)]
    [InlineData(null, "Not remote", RemotePolicy.Onsite)]
    [InlineData(null, "Leeds", null)]
    public void ClassifiesWorkplaces(string? hint, string? location, RemotePolicy? expected) =>
        Assert.Equal(expected, Workplace.Classify(hint, location, "Developer", "We build tools for remote clients."));

    [Theory]
    [InlineData("https://Example.coop:443/jobs/1?utm_source=x&id=3&gclid=y&fbclid=z&ref=hn#apply", "https://example.coop/jobs/1?id=3")]
    [InlineData("/jobs/2?utm_medium=email", "https://example.coop/jobs/2")]
    public void CanonicalizesUrlsForAStableKey(string url, string expected) =>
        Assert.Equal(expected, CanonicalUrl.Resolve(url, new Uri("https://example.coop/careers"))!.ToString());

    [Theory]
    [InlineData("2026-10-01", "2026-10-01")]
    [InlineData("2026-10-01T23:30:00+01:00", "2026-10-01")]
    [InlineData("Wed, 14 Oct 2026 10:00:00 +0000", "2026-10-14")]
    [InlineData("Wed, 14 Oct 2026 10:00:00 GMT", "2026-10-14")]
    [InlineData("2026-10-07 08:00:00 UTC", "2026-10-07")]
    public void ReadsDates(string text, string expected) => Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Dates.Parse(text));

    [Theory]
    [InlineData("2026-02-30")]
    [InlineData("2026-13-01")]
    [InlineData("0000-01-01")]
    [InlineData("2026-1a-01")]
    [InlineData("+026-01-01")]
    public void ReadsNoDateFromAnImpossibleOne(string text) => Assert.Null(Dates.Parse(text));

    [Fact]
    public void CleansTitlesAndDescriptions()
    {
        Assert.Equal("Dev & Ops – Lead", PlainText.Line("  Dev &amp;amp; Ops\n\t&ndash;&nbsp;Lead "));
        Assert.Equal("Intro\n\n- one\n- two", PlainText.Block("<p>Intro</p><ul><li>one</li><li>two</li></ul><script>x()</script>"));
    }

    [Fact]
    public void ADescriptionReadFromTheParsedPageIsTheSameAsItsHtmlMade()
    {
        const string Html = "<div>  Intro &amp;   more\r\n<br>next </div>\n\n\n<p>\u00A0</p><ul><li>one</li><li> two </li></ul><h2>Pay</h2><p>£30k</p><template>x</template>";
        var body = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<body>" + Html).Body!;
        Assert.Equal("Intro & more\n\nnext\n\n- one\n- two\n\nPay\n\n£30k", PlainText.Block(Html));
        Assert.Equal(PlainText.Block(Html), PlainText.Block(body));
    }

    [Fact]
    public void ADescriptionAnExtractorMadePlainTextIsNotParsedAsHtmlAgain()
    {
        var page = new Uri("https://example.coop/jobs");
        var raw = new RawRole { Title = "Web Developer", Description = "You will write <template> tags\n\n\nand  more", DescriptionIsText = true };
        var role = RoleNormalizer.Normalize(raw, page, new DateOnly(2026, 10, 20), SkillVocabulary.Default);
        Assert.Equal("You will write <template> tags\n\nand more", role!.Description);
    }

    [Fact]
    public void DropsRolesPastValidThroughAndKeysRolesWithoutTheirOwnUrlByTitle()
    {
        var page = new Uri("https://example.coop/jobs");
        var today = new DateOnly(2026, 10, 20);
        Assert.Null(RoleNormalizer.Normalize(new RawRole { Title = "Old", ValidThrough = "2026-10-19" }, page, today, SkillVocabulary.Default));
        var open = RoleNormalizer.Normalize(new RawRole { Title = "Web Developer", ValidThrough = "2026-10-20" }, page, today, SkillVocabulary.Default);
        Assert.Equal("https://example.coop/jobs#web-developer", open!.SourceKey);
    }
}
