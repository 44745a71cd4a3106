using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using RolesBoard.Api.Coops;
using RolesBoard.Api.Geography;
using RolesBoard.Api.Roles;

namespace RolesBoard.Api.Pages;

/// <summary>
/// schema.org JobPosting for Google for Jobs: the required properties (title, description, datePosted,
/// hiringOrganization, and jobLocation, or jobLocationType TELECOMMUTE with applicantLocationRequirements)
/// and the recommended ones we hold (validThrough, employmentType, baseSalary, identifier, directApply).
/// </summary>
public static class JobPostingJsonLd
{
    // The default encoder writes <, > and & as \u003C…, so no value can close the <script> element.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Default };

    public static string Render(Role role, Coop coop, string pageUrl) => Build(role, coop, pageUrl).ToJsonString(Options);

    public static JsonObject Build(Role role, Coop coop, string pageUrl)
    {
        var posting = new JsonObject
        {
            ["@context"] = "https://schema.org/",
            ["@type"] = "JobPosting",
            ["title"] = role.Title,
            ["description"] = role.DescriptionHtml,
            ["datePosted"] = role.DatePosted.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture),
            ["url"] = pageUrl,
            ["hiringOrganization"] = new JsonObject { ["@type"] = "Organization", ["name"] = coop.Name, ["sameAs"] = coop.Website },
            ["identifier"] = new JsonObject { ["@type"] = "PropertyValue", ["name"] = coop.Name, ["value"] = role.Id.ToString() },
            // Applying happens on the co-op's own site (applyUrl), not on this page.
            ["directApply"] = false,
        };
        if (role.ExpiresAt is { } expires)
        {
            posting["validThrough"] = expires.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);
        }
        if (role.EmploymentType is { } type)
        {
            posting["employmentType"] = Feeds.RoleDocument.GraphQLName(type);
        }
        if (role.Salary is { } salary)
        {
            posting["baseSalary"] = new JsonObject
            {
                ["@type"] = "MonetaryAmount",
                ["currency"] = salary.Currency,
                ["value"] = new JsonObject
                {
                    ["@type"] = "QuantitativeValue",
                    ["minValue"] = salary.Min,
                    ["maxValue"] = salary.Max,
                    ["unitText"] = salary.Period.ToString().ToUpperInvariant(),
                },
            };
        }
        if (role.Skills.Count > 0)
        {
            posting["skills"] = string.Join(", ", role.Skills);
        }
        AddLocation(posting, role, coop);
        if (Feeds.CoopFactLabels.Of(coop) is { Count: > 0 } facts)
        {
            // What working there is like that job boards have no field for: ownership, pay, membership, hours.
            posting["jobBenefits"] = "Co-operative: " + string.Join("; ", facts);
        }
        return posting;
    }

    private static void AddLocation(JsonObject posting, Role role, Coop coop)
    {
        if (role.Remote == RemotePolicy.Remote)
        {
            posting["jobLocationType"] = "TELECOMMUTE";
            var countries = role.RemoteRegions
                .SelectMany(r => r == Countries.EuropeanUnion ? Countries.EuMemberStates : [r])
                .Distinct()
                .Select(code => (JsonNode)new JsonObject { ["@type"] = "Country", ["name"] = code })
                .ToArray();
            // No regions means anywhere: schema.org has no "anywhere", and Google then asks for a jobLocation instead.
            if (countries.Length > 0)
            {
                posting["applicantLocationRequirements"] = new JsonArray(countries);
                return;
            }
        }
        var locality = role.Location ?? coop.Location;
        var country = role.Country ?? Countries.FromLocation(locality) ?? coop.Country;
        var address = new JsonObject { ["@type"] = "PostalAddress" };
        if (locality is not null)
        {
            address["addressLocality"] = locality;
        }
        if (country is not null)
        {
            address["addressCountry"] = country;
        }
        posting["jobLocation"] = new JsonObject { ["@type"] = "Place", ["address"] = address };
    }
}
