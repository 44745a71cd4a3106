using System.Xml.Linq;
using RolesBoard.Scrapers.Extraction.Feeds;

namespace RolesBoard.Scrapers.Extraction.Ats;

/// <summary>Personio's public XML feed: GET {company}.jobs.personio.de/xml (root element workzag-jobs).</summary>
internal static class PersonioParser
{
    public static bool TryParse(SourceDocument source, out IReadOnlyList<RawRole> roles)
    {
        roles = [];
        if (SafeXml.TryParse(source.Text)?.Root is not { Name.LocalName: "workzag-jobs" } root)
        {
            return false;
        }
        roles = root.Elements("position").Select(p => Position(p, source.Url)).Where(r => r.Title.Length > 0).ToList();
        return true;
    }

    private static RawRole Position(XElement p, Uri feedUrl)
    {
        var id = p.Child("id");
        var descriptions = p.Element("jobDescriptions")?.Elements("jobDescription")
            .Select(d => $"<h3>{d.Child("name")}</h3>{d.Child("value")}") ?? [];
        return new RawRole
        {
            Title = p.Child("name")?.Trim() ?? "",
            Url = id is null ? null : new Uri(feedUrl, "/job/" + id).ToString(),
            Location = p.Child("office"),
            // "schedule" says full- or part-time; "employmentType" says permanent, intern, trainee, freelance.
            EmploymentTypes = new[] { p.Child("employmentType"), p.Child("schedule") }.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!).ToList(),
            Description = string.Concat(descriptions),
            DatePosted = p.Child("createdAt"),
            Skills = (p.Child("keywords") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            SourceId = "personio:" + id,
        };
    }
}
