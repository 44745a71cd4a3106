namespace RolesBoard.Api.Stats.Snapshots;

/// <summary>
/// Cells are "country|network", either part "*" for all. Something counted in a country and two networks adds to
/// every combination of {its country, *} and {each network, *}, so any single filter reads one cell and nothing
/// is counted twice.
/// </summary>
public static class CellKey
{
    public const string All = "*";
    public static readonly string Everything = For(null, null);

    public static string For(string? country, string? network) =>
        $"{Part(country)}|{Part(network)}".ToLowerInvariant();

    public static string[] Expand(string? country, IReadOnlyCollection<string> networks)
    {
        string[] countries = string.IsNullOrWhiteSpace(country) ? [All] : [country, All];
        var nets = networks.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim().ToLowerInvariant()).Distinct().Append(All).ToArray();
        return [.. countries.SelectMany(c => nets.Select(n => For(c, n)))];
    }

    private static string Part(string? value) => string.IsNullOrWhiteSpace(value) ? All : value.Trim();
}
