using System.Text.Json.Nodes;
using static RolesBoard.Scrapers.Extraction.JsonLd.JsonLdValues;

namespace RolesBoard.Scrapers.Extraction.JsonLd;

/// <summary>schema.org JobPosting (from JSON-LD, or microdata turned into the same shape) to a <see cref="RawRole"/>.</summary>
internal static class JobPostingMapper
{
    public static RawRole? Map(JsonObject posting, Func<JsonNode?, JsonNode?> resolve, string? terms)
    {
        var title = Text(posting["title"]) ?? Text(posting["name"]);
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }
        var places = Many(posting["jobLocation"]).Select(resolve).OfType<JsonObject>().ToList();
        return new RawRole
        {
            Title = title,
            Url = Text(posting["url"]),
            Location = LocationOf(places, resolve) ?? string.Join(", ", Many(posting["applicantLocationRequirements"]).Select(resolve).Select(Text).Where(t => t is not null)).NullIfEmpty(),
            WorkplaceHint = Text(posting["jobLocationType"]),
            EmploymentTypes = Texts(posting["employmentType"]).SelectMany(t => t.Split(',')).Select(t => t.Trim()).ToList(),
            Salary = SalaryOf(resolve(posting["baseSalary"]) ?? resolve(posting["estimatedSalary"])),
            SalaryText = posting["baseSalary"] is JsonValue prose && Number(prose) is null ? Text(prose) : null,
            DatePosted = Text(posting["datePosted"]),
            ValidThrough = Text(posting["validThrough"]),
            Description = Text(posting["description"]),
            Skills = Texts(posting["skills"]).SelectMany(s => s.Split(',', ';')).Select(s => s.Trim()).Where(s => s.Length > 0).ToList(),
            SourceId = Text(resolve(posting["identifier"]) is JsonObject id ? id["value"] : posting["identifier"]),
            Terms = Text(posting["license"]) ?? terms,
        };
    }

    private static string? LocationOf(List<JsonObject> places, Func<JsonNode?, JsonNode?> resolve)
    {
        var names = places.Select(place =>
        {
            var address = resolve(place["address"]);
            if (address is not JsonObject a)
            {
                return Text(address) ?? Text(place["name"]);
            }
            var parts = new[] { Text(a["addressLocality"]), Text(a["addressRegion"]), Text(resolve(a["addressCountry"])) }
                .Where(p => !string.IsNullOrWhiteSpace(p)).Distinct(StringComparer.OrdinalIgnoreCase);
            return string.Join(", ", parts).NullIfEmpty() ?? Text(place["name"]);
        }).Where(n => n is not null).Distinct(StringComparer.OrdinalIgnoreCase);
        return string.Join("; ", names).NullIfEmpty();
    }

    private static RawSalary? SalaryOf(JsonNode? node)
    {
        if (node is not JsonObject amount)
        {
            return null;
        }
        var value = amount["value"];
        var currency = Text(amount["currency"]) ?? Text(amount["salaryCurrency"]);
        if (value is JsonObject quantity)
        {
            var single = Number(quantity["value"]);
            return new RawSalary(Number(quantity["minValue"]) ?? single, Number(quantity["maxValue"]) ?? single, currency, Text(quantity["unitText"]));
        }
        var plain = Number(value);
        return plain is null ? null : new RawSalary(plain, plain, currency, Text(amount["unitText"]));
    }
}

internal static class StringExtensions
{
    public static string? NullIfEmpty(this string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
