using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using RolesBoard.Scrapers.Scraping;

namespace RolesBoard.Api.Ingestion;

/// <summary>A hash of everything a scraped role states: equal hashes mean the source says exactly what it said before.</summary>
public static class ScrapeFingerprint
{
    public static string Of(ScrapedRole role)
    {
        var text = string.Join('\u001f',
            role.Title, role.Url.AbsoluteUri, role.Location, role.Remote, role.EmploymentType,
            role.DatePosted?.ToString("O", CultureInfo.InvariantCulture), role.ValidThrough?.ToString("O", CultureInfo.InvariantCulture),
            role.Salary is { } s ? string.Create(CultureInfo.InvariantCulture, $"{s.Min}-{s.Max} {s.Currency}/{s.Period}") : "",
            string.Join(',', role.Skills), role.Description, role.Terms,
            role.Confidence?.ToString(CultureInfo.InvariantCulture), string.Join(',', role.Evidence));
        return Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
