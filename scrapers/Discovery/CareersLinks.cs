using System.Text.RegularExpressions;
using RolesBoard.Scrapers.Extraction;

namespace RolesBoard.Scrapers.Discovery;

/// <summary>
/// Links on a co-op's own site that lead to its roles: labelled jobs, careers, vacancies, work with us, join us,
/// or with such a path. "Join our newsletter" is not a careers page, so a bare "join" does not count.
/// </summary>
internal static partial class CareersLinks
{
    public static IEnumerable<CareersSource> Find(HtmlPage page) =>
        page.Links()
            .Where(l => l.Url.Host.Equals(page.BaseUrl.Host, StringComparison.OrdinalIgnoreCase))
            .Select(l => (l.Url, Label: Regex.Replace(l.Label + " " + l.Element.GetAttribute("aria-label") + " " + l.Element.GetAttribute("title"), @"\s+", " ").Trim()))
            .Where(l => Label().IsMatch(l.Label) || CareersPath().IsMatch(l.Url.AbsolutePath))
            .Select(l => new CareersSource(new Uri(l.Url.GetLeftPart(UriPartial.Query)), DiscoveryMethod.LabelledLink, $"link \"{l.Label}\""));

    public static bool IsCareersPath(string path) => CareersPath().IsMatch(path);

    [GeneratedRegex(@"\b(jobs?|careers?|vacanc(y|ies)|work(ing)? (with|for) us|join (us|our team|the team|the co-?op)|we'?re hiring|open (roles|positions)|current openings)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    [GeneratedRegex(@"/(jobs|careers|vacancies|join-us|join-our-team|work-with-us|working-with-us|hiring)(/|$)", RegexOptions.IgnoreCase)]
    private static partial Regex CareersPath();
}
