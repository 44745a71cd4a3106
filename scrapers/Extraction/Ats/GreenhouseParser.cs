using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using static RolesBoard.Scrapers.Extraction.JsonLd.JsonLdValues;

namespace RolesBoard.Scrapers.Extraction.Ats;

/// <summary>Greenhouse Job Board API: GET boards-api.greenhouse.io/v1/boards/{token}/jobs?content=true.</summary>
internal static class GreenhouseParser
{
    public static bool Fits(JsonObject root) => root["jobs"] is JsonArray jobs && (jobs.Count == 0 ? root["meta"] is not null : jobs[0]?["absolute_url"] is not null);

    public static IReadOnlyList<RawRole> Parse(JsonNode root) =>
        Many(root["jobs"]).OfType<JsonObject>().Select(job => new RawRole
        {
            Title = Text(job["title"]) ?? "",
            Url = Text(job["absolute_url"]),
            Location = Text(job["location"]?["name"]),
            // Greenhouse escapes the HTML of "content" once more ("&lt;p&gt;"): unescape to get HTML back.
            Description = Text(job["content"]) is { } content ? WebUtility.HtmlDecode(content) : null,
            DatePosted = Text(job["first_published"]) ?? Text(job["updated_at"]),
            Salary = Pay(job["pay_input_ranges"]),
            SourceId = "greenhouse:" + Text(job["id"]),
        }).Where(r => r.Title.Length > 0).ToList();

    private static RawSalary? Pay(JsonNode? ranges) =>
        Many(ranges).OfType<JsonObject>().Select(r => new RawSalary(
            Number(r["min_cents"]) / 100, Number(r["max_cents"]) / 100, Text(r["currency_type"]),
            Text(r["title"])?.ToUpper(CultureInfo.InvariantCulture).Contains("HOUR", StringComparison.Ordinal) == true ? "HOUR" : "YEAR")).FirstOrDefault();
}
