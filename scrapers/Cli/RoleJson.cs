using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using RolesBoard.Scrapers.Scraping;

namespace RolesBoard.Scrapers.Cli;

/// <summary>Roles written with exactly the contract's field names and enum spellings (not whatever a serializer would pick).</summary>
public static class RoleJson
{
    public static string Serialize(IEnumerable<ScrapedRole> roles)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var role in roles)
            {
                Write(json, role);
            }
            json.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Write(Utf8JsonWriter json, ScrapedRole role)
    {
        json.WriteStartObject();
        json.WriteString("title", role.Title);
        json.WriteString("url", role.Url.ToString());
        json.WriteString("location", role.Location);
        json.WriteString("remote", role.Remote?.ToContractName());
        json.WriteString("employmentType", role.EmploymentType?.ToContractName());
        json.WriteString("datePosted", role.DatePosted?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("validThrough", role.ValidThrough?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (role.Salary is { } salary)
        {
            json.WriteStartObject("salary");
            json.WriteNumber("min", salary.Min);
            json.WriteNumber("max", salary.Max);
            json.WriteString("currency", salary.Currency);
            json.WriteString("period", salary.Period.ToContractName());
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("salary");
        }
        json.WriteStartArray("skills");
        role.Skills.ToList().ForEach(json.WriteStringValue);
        json.WriteEndArray();
        json.WriteString("description", role.Description);
        json.WriteEndObject();
    }
}
