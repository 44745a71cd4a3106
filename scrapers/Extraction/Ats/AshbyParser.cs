using System.Text.Json.Nodes;
using static RolesBoard.Scrapers.Extraction.JsonLd.JsonLdValues;

namespace RolesBoard.Scrapers.Extraction.Ats;

/// <summary>Ashby public Job Posting API: GET api.ashbyhq.com/posting-api/job-board/{name}?includeCompensation=true.</summary>
internal static class AshbyParser
{
    public static bool Fits(JsonObject root) => root["jobs"] is JsonArray jobs && (root["apiVersion"] is not null || jobs.Count > 0 && jobs[0]?["jobUrl"] is not null);

    public static IReadOnlyList<RawRole> Parse(JsonNode root) =>
        Many(root["jobs"]).OfType<JsonObject>()
            .Where(j => j["isListed"]?.GetValueKind() != System.Text.Json.JsonValueKind.False) // unlisted postings are not public roles
            .Select(j => new RawRole
            {
                Title = Text(j["title"]) ?? "",
                Url = Text(j["jobUrl"]),
                Location = Text(j["location"]),
                WorkplaceHint = Text(j["workplaceType"]) ?? (j["isRemote"]?.GetValueKind() == System.Text.Json.JsonValueKind.True ? "remote" : null),
                EmploymentTypes = Texts(j["employmentType"]),
                Description = Text(j["descriptionHtml"]) ?? Text(j["descriptionPlain"]),
                DatePosted = Text(j["publishedAt"]),
                Salary = Salary(j["compensation"]?["summaryComponents"]),
                SalaryText = Text(j["compensation"]?["compensationTierSummary"]),
                SourceId = "ashby:" + (Text(j["id"]) ?? Text(j["jobUrl"])),
            }).Where(r => r.Title.Length > 0).ToList();

    // Components look like { "compensationType": "Salary", "interval": "1 YEAR", "currencyCode": "EUR", "minValue": 45000, ... }.
    private static RawSalary? Salary(JsonNode? components) =>
        Many(components).OfType<JsonObject>()
            .Where(c => Text(c["compensationType"]) == "Salary")
            .Select(c => new RawSalary(Number(c["minValue"]), Number(c["maxValue"]), Text(c["currencyCode"]), Text(c["interval"])?.Replace("1 ", "", StringComparison.Ordinal)))
            .FirstOrDefault();
}
