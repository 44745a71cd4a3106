using System.Collections.Frozen;
using System.Text.Json;
using RolesBoard.Api.Geography;

namespace RolesBoard.Api.Founders.Guides;

/// <summary>The guides compiled into the assembly (see the csproj), read once and kept; keyed by ISO 3166 code.</summary>
public static class FoundingGuides
{
    private const string ResourcePrefix = "founding-guides/";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly Lazy<FrozenDictionary<string, FoundingGuide>> All = new(Load);

    public static IReadOnlyCollection<FoundingGuide> Written => All.Value.Values;

    /// <summary>The guide for a country given as a code or a name ("GB", "uk", "Ireland"), or null when none is written.</summary>
    public static FoundingGuide? For(string? country) =>
        Countries.Resolve(country) is { } code && All.Value.TryGetValue(code, out var guide) ? guide : null;

    private static FrozenDictionary<string, FoundingGuide> Load()
    {
        var assembly = typeof(FoundingGuides).Assembly;
        var guides = new Dictionary<string, FoundingGuide>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            var guide = JsonSerializer.Deserialize<FoundingGuide>(stream, Json)
                ?? throw new InvalidOperationException($"Founding guide {name} is empty.");
            guides.Add(guide.Country, guide);
        }
        return guides.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
