using AngleSharp.Dom;

namespace RolesBoard.Scrapers.Extraction.Plugins;

/// <summary>
/// WP Job Manager's listing markup (templates/content-job_listing.php): ul.job_listings > li.job_listing, each an
/// &lt;a&gt; holding .position h3, .location, li.job-type and time[datetime]. Its "no vacancies" item
/// (li.no_job_listings_found) is not a role.
/// </summary>
internal static class WpJobManagerMarkup
{
    public static IReadOnlyList<RawRole> Extract(HtmlPage page) => !page.Mentions("job_listing") ? [] :
        page.Document.QuerySelectorAll("ul.job_listings li.job_listing, ul.job_listings li.type-job_listing")
            .Select(li => Listing(li, page))
            .OfType<RawRole>()
            .ToList();

    private static RawRole? Listing(IElement li, HtmlPage page)
    {
        var link = li.QuerySelector("a[href]");
        var title = li.QuerySelector(".position h3, .position .job-title, h3")?.TextContent;
        if (link is null || string.IsNullOrWhiteSpace(title))
        {
            return null;
        }
        var jobType = li.QuerySelector("li.job-type, .job-type")?.TextContent;
        return new RawRole
        {
            Title = title,
            Url = page.Resolve(link.GetAttribute("href"))?.ToString(),
            Location = li.QuerySelector(".location")?.TextContent,
            EmploymentTypes = string.IsNullOrWhiteSpace(jobType) ? [] : [jobType],
            DatePosted = li.QuerySelector("time[datetime]")?.GetAttribute("datetime"),
            Terms = page.Licence,
        };
    }
}
