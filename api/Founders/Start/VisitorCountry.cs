using System.Globalization;
using RolesBoard.Api.Geography;

namespace RolesBoard.Api.Founders.Start;

/// <summary>The visitor's country: the one they chose (?country=), else the region of their browser's language.</summary>
public static class VisitorCountry
{
    public static string? From(HttpRequest request)
    {
        if (Countries.Resolve(request.Query["country"].ToString()) is { } chosen and not Countries.EuropeanUnion)
        {
            return chosen;
        }
        foreach (var language in request.GetTypedHeaders().AcceptLanguage.OrderByDescending(l => l.Quality ?? 1))
        {
            if (language.Value.Value is { } tag && tag.Contains('-'))
            {
                try
                {
                    return new RegionInfo(tag).TwoLetterISORegionName;
                }
                catch (ArgumentException)
                {
                    // A tag .NET cannot place ("en-xx"): try the next one.
                }
            }
        }
        return null;
    }
}
