using System.Globalization;

namespace RolesBoard.Api.Geography;

/// <summary>ISO 3166 country codes from codes or common names, and the "EU" region used in remote policies.</summary>
public static class Countries
{
    public const string EuropeanUnion = "EU";

    private static readonly HashSet<string> EuMembers = new(StringComparer.Ordinal)
    {
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
        "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
    };

    private static readonly Dictionary<string, string> ByName = BuildNames();

    /// <summary>The ISO 3166 alpha-2 code (or "EU") for a code or a name; null when unknown.</summary>
    public static string? Resolve(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var trimmed = text.Trim();
        return ByName.TryGetValue(trimmed.ToLowerInvariant(), out var code) ? code : null;
    }

    /// <summary>The country a free-text location names in its last part ("Sheffield, UK" is GB).</summary>
    public static string? FromLocation(string? location)
    {
        if (string.IsNullOrWhiteSpace(location))
        {
            return null;
        }
        var parts = location.Split([',', '/', '-', '(', ')'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Reverse().Select(Resolve).FirstOrDefault(c => c is not null and not EuropeanUnion)
            ?? UkPlaces.FirstOrDefault(p => location.Contains(p, StringComparison.OrdinalIgnoreCase)) switch { null => null, _ => "GB" };
    }

    public static bool IsInEu(string country) => EuMembers.Contains(country);

    /// <summary>The EU's member states: for turning "EU" into countries (schema.org markup, SQL predicates).</summary>
    public static IReadOnlyCollection<string> EuMemberStates => EuMembers;

    /// <summary>Whether a remote role open to <paramref name="regions"/> (empty: anywhere) accepts someone in <paramref name="country"/>.</summary>
    public static bool RegionsInclude(IReadOnlyCollection<string> regions, string country) =>
        regions.Count == 0 || regions.Contains(country) || (regions.Contains(EuropeanUnion) && IsInEu(country));

    // The co-op movement's home turf first: places that stand for the UK without naming it.
    private static readonly string[] UkPlaces =
        ["London", "Manchester", "Sheffield", "Leeds", "Bristol", "Glasgow", "Edinburgh", "Cardiff", "Birmingham", "Liverpool", "Newcastle", "Brighton", "Oxford", "Cambridge", "Nottingham", "Belfast"];

    private static Dictionary<string, string> BuildNames()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
        {
            try
            {
                var region = new RegionInfo(culture.Name);
                if (region.TwoLetterISORegionName.Length != 2 || !char.IsLetter(region.TwoLetterISORegionName[0]))
                {
                    continue;
                }
                names.TryAdd(region.TwoLetterISORegionName.ToLowerInvariant(), region.TwoLetterISORegionName);
                names.TryAdd(region.EnglishName.ToLowerInvariant(), region.TwoLetterISORegionName);
                names.TryAdd(region.ThreeLetterISORegionName.ToLowerInvariant(), region.TwoLetterISORegionName);
            }
            catch (ArgumentException)
            {
                // A culture without a region: nothing to add.
            }
        }
        foreach (var (name, code) in new[]
                 {
                     ("uk", "GB"), ("united kingdom", "GB"), ("great britain", "GB"), ("britain", "GB"), ("england", "GB"),
                     ("scotland", "GB"), ("wales", "GB"), ("northern ireland", "GB"), ("usa", "US"), ("united states", "US"),
                     ("eu", EuropeanUnion), ("europe", EuropeanUnion), ("european union", EuropeanUnion), ("españa", "ES"),
                     ("deutschland", "DE"), ("the netherlands", "NL"), ("holland", "NL"), ("czechia", "CZ"),
                 })
        {
            names[name] = code;
        }
        return names;
    }
}
