using System.Text.Json.Nodes;
using static RolesBoard.Scrapers.Extraction.JsonLd.JsonLdValues;

namespace RolesBoard.Scrapers.Extraction.Ats;

/// <summary>Lever Postings API: GET api.lever.co/v0/postings/{company}?mode=json (an array of postings).</summary>
internal static class LeverParser
{
    public static bool Fits(JsonArray postings) => postings.Count > 0 && postings[0]?["hostedUrl"] is not null;

    public static IReadOnlyList<RawRole> Parse(JsonNode root) =>
        Many(root).OfType<JsonObject>().Select(p => new RawRole
        {
            Title = Text(p["text"]) ?? "",
            Url = Text(p["hostedUrl"]),
            Location = Text(p["categories"]?["location"]),
            WorkplaceHint = Text(p["workplaceType"]),
            EmploymentTypes = Texts(p["categories"]?["commitment"]),
            Description = string.Join("\n", new[] { Text(p["description"]) }
                .Concat(Many(p["lists"]).Select(l => $"<h3>{Text(l["text"])}</h3><ul>{Text(l["content"])}</ul>"))
                .Append(Text(p["additional"])).Where(s => !string.IsNullOrWhiteSpace(s))),
            // createdAt is milliseconds since the Unix epoch.
            DatePosted = Number(p["createdAt"]) is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds((long)ms).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null,
            Salary = p["salaryRange"] is JsonObject s ? new RawSalary(Number(s["min"]), Number(s["max"]), Text(s["currency"]), Text(s["interval"])) : null,
            SourceId = "lever:" + Text(p["id"]),
        }).Where(r => r.Title.Length > 0).ToList();
}
