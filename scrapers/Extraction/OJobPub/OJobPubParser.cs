using System.Text.Json.Nodes;
using static RolesBoard.Scrapers.Extraction.JsonLd.JsonLdValues;

namespace RolesBoard.Scrapers.Extraction.OJobPub;

/// <summary>
/// oJobPub 1.0: an employer's own /.well-known/ojobpub.json listing its openings (employer, jobs[] with title,
/// url, publishedAt, applyBefore, workType, jobType, locations, salary, tags).
/// </summary>
internal static class OJobPubParser
{
    public static bool Fits(JsonObject root) => root["jobs"] is JsonArray && (root["employer"] is not null || root["version"] is not null);

    public static IReadOnlyList<RawRole> Parse(JsonNode root) =>
        Many(root["jobs"]).OfType<JsonObject>().Select(j => new RawRole
        {
            Title = Text(j["title"]) ?? "",
            Url = Text(j["url"]),
            Location = string.Join("; ", Many(j["locations"]).OfType<JsonObject>()
                .Select(l => string.Join(", ", new[] { Text(l["city"]), Text(l["country"]) }.Where(s => !string.IsNullOrWhiteSpace(s))))
                .Where(s => s.Length > 0)),
            WorkplaceHint = Text(j["workType"]),
            EmploymentTypes = Texts(j["jobType"]),
            Description = Text(j["description"]),
            DatePosted = Text(j["publishedAt"]),
            ValidThrough = Text(j["applyBefore"]),
            Salary = j["salary"] is JsonObject s
                ? new RawSalary(Number(s["minAmount"]), Number(s["maxAmount"]), Text(s["currency"]), Text(s["period"]))
                : null,
            Skills = Texts(j["tags"]),
            SourceId = Text(j["referenceId"]) is { } reference ? "ojobpub:" + reference : null,
        }).Where(r => r.Title.Length > 0).ToList();
}
