using System.Text.Json;
using System.Text.Json.Nodes;
using static RolesBoard.Scrapers.Extraction.JsonLd.JsonLdValues;

namespace RolesBoard.Scrapers.Extraction.Ats;

/// <summary>Recruitee Careers Site API: GET {company}.recruitee.com/api/offers/.</summary>
internal static class RecruiteeParser
{
    public static bool Fits(JsonObject root) => root["offers"] is JsonArray;

    public static IReadOnlyList<RawRole> Parse(JsonNode root) =>
        Many(root["offers"]).OfType<JsonObject>()
            .Where(o => Text(o["status"]) is null or "published")
            .Select(o => new RawRole
            {
                Title = Text(o["title"]) ?? "",
                Url = Text(o["careers_url"]),
                Location = Text(o["location"]) ?? string.Join(", ", new[] { Text(o["city"]), Text(o["country"]) }.Where(s => !string.IsNullOrWhiteSpace(s))),
                WorkplaceHint = Flag(o, "hybrid") ? "hybrid" : Flag(o, "remote") ? "remote" : Flag(o, "on_site") ? "onsite" : null,
                EmploymentTypes = Texts(o["employment_type_code"]),
                Description = Text(o["description"]) + Text(o["requirements"]),
                DatePosted = Text(o["published_at"]),
                ValidThrough = Text(o["close_at"]),
                Salary = o["salary"] is JsonObject s ? new RawSalary(Number(s["min"]), Number(s["max"]), Text(s["currency"]), Text(s["period"])) : null,
                Skills = Texts(o["tags"]),
                SourceId = "recruitee:" + Text(o["id"]),
            }).Where(r => r.Title.Length > 0).ToList();

    private static bool Flag(JsonObject o, string name) => o[name]?.GetValueKind() == JsonValueKind.True;
}
