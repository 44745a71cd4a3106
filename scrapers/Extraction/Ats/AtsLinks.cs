namespace RolesBoard.Scrapers.Extraction.Ats;

/// <summary>ATS boards a page links to or embeds (links, iframes, embed scripts), as their public API endpoints.</summary>
internal static class AtsLinks
{
    public static IReadOnlyList<Lead> Find(HtmlPage page) => !page.MentionsAny(AtsBoard.HostMarks) && !AtsBoard.Hosts.Any(h => page.BaseUrl.Host.Contains(h, StringComparison.OrdinalIgnoreCase)) ? [] :
        page.Document.QuerySelectorAll("a[href], iframe[src], script[src]")
            .Select(e => page.Resolve(e.GetAttribute("href") ?? e.GetAttribute("src")))
            .OfType<Uri>()
            .Select(url => (Url: url, Board: AtsBoard.FromUrl(url)))
            .Where(x => x.Board is not null)
            .DistinctBy(x => x.Board)
            .Select(x => new Lead(x.Board!.ApiUrl, LeadKind.AtsBoard, $"{x.Board.Kind} board linked as {x.Url}"))
            .ToList();
}
