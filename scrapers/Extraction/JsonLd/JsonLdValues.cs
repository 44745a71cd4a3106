using System.Globalization;
using System.Text.Json.Nodes;

namespace RolesBoard.Scrapers.Extraction.JsonLd;

/// <summary>
/// Reading schema.org values as publishers really write them: a value may be a string, a number, an object with
/// a name or @value, or an array of any of these.
/// </summary>
internal static class JsonLdValues
{
    public static IEnumerable<JsonNode> Many(JsonNode? node) => node switch
    {
        null => [],
        JsonArray array => array.Where(n => n is not null).Select(n => n!),
        _ => [node],
    };

    public static string? Text(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value => value.TryGetValue<string>(out var s) ? s : Convert.ToString(value.GetValue<object>(), CultureInfo.InvariantCulture),
        JsonObject obj => Text(obj["@value"]) ?? Text(obj["name"]),
        JsonArray array => array.Select(Text).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t)),
        _ => null,
    };

    public static decimal? Number(JsonNode? node)
    {
        var text = Text(node)?.Replace(",", "", StringComparison.Ordinal).Trim();
        return decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d : null;
    }

    public static IReadOnlyList<string> Texts(JsonNode? node) =>
        Many(node).Select(Text).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!).ToList();

    /// <remarks>Asked of every node of every page: reads the @type values where they are, without building a list.</remarks>
    public static bool HasType(JsonObject obj, string type) => obj["@type"] switch
    {
        JsonArray types => types.Any(t => IsType(Text(t), type)),
        var single => IsType(Text(single), type),
    };

    private static bool IsType(string? value, string type) =>
        value is not null && value.AsSpan() is var t && t.EndsWith(type, StringComparison.OrdinalIgnoreCase)
        && (t.Length == type.Length || t[t.Length - type.Length - 1] is '/' or ':');
}
