using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace RolesBoard.Tests.Infrastructure;

/// <summary>Reads the Prometheus text at GET /metrics, as a scraper would.</summary>
public static partial class Metrics
{
    public static async Task<string> MetricsAsync<T>(this WebApplicationFactory<T> app) where T : class
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync("/metrics");
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The sample's value, for the series whose labels include every one given (e.g. <c>outcome="failed"</c>); null when absent.</summary>
    public static double? Sample(string text, string name, params string[] labels)
    {
        foreach (Match line in SampleLine().Matches(text))
        {
            if (line.Groups["name"].Value == name && labels.All(line.Groups["labels"].Value.Contains))
            {
                return double.Parse(line.Groups["value"].Value, CultureInfo.InvariantCulture);
            }
        }
        return null;
    }

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(?<labels>[^}]*)\})? (?<value>\S+)", RegexOptions.Multiline)]
    private static partial Regex SampleLine();
}
