using System.Security.Cryptography;
using System.Text;

namespace RolesBoard.Api.Stats.Layoffs;

/// <summary>
/// One company's reported layoff: how many people, where and when. Company-level only, never about a person. The id
/// is derived from (company, country, date), so importing a file again updates its rows instead of adding them twice.
/// </summary>
public sealed class LayoffReport
{
    public string Id { get; set; } = "";
    public string Company { get; set; } = "";
    /// <summary>ISO 3166 alpha-2.</summary>
    public string Country { get; set; } = "";
    public DateOnly Date { get; set; }
    public int People { get; set; }
    public string? Source { get; set; }
    public DateTimeOffset ImportedAt { get; set; }

    public static string IdFor(string company, string country, DateOnly date) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{company.Trim().ToLowerInvariant()}|{country}|{date:yyyy-MM-dd}")))[..32];
}
