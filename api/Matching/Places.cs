using System.Globalization;
using RolesBoard.Api.Geography;

namespace RolesBoard.Api.Matching;

/// <summary>How reasons name places: "the UK", "Spain", "the EU", "UK hours", "Lisbon".</summary>
internal static class Places
{
    public static string Country(string code) => code switch
    {
        "GB" => "the UK",
        "US" => "the US",
        "NL" => "the Netherlands",
        Countries.EuropeanUnion => "the EU",
        _ => TryRegionName(code) ?? code,
    };

    public static string Regions(IReadOnlyList<string> codes) => string.Join(", ", codes.Select(Country));

    /// <summary>UK hours are what co-ops here say; other zones go by their city.</summary>
    public static string Zone(string id) => id == "Europe/London" ? "UK" : TimeZones.Label(id);

    /// <summary>The town part of a location ("Leeds, UK" is "Leeds"), for comparing where someone lives with where a role is.</summary>
    public static string? Town(string? location) =>
        string.IsNullOrWhiteSpace(location) ? null : location.Split(',')[0].Trim();

    public static string Hours(double hours) => hours.ToString("0.#", CultureInfo.InvariantCulture);

    private static string? TryRegionName(string code)
    {
        try
        {
            return new RegionInfo(code).EnglishName;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
