using System.Text.Json;
using System.Text.Json.Nodes;

namespace RolesBoard.Scrapers.Extraction.JsonLd;

/// <summary>
/// Every JSON-LD node of a page, wherever it sits (top level, arrays, @graph, nested lists), indexed by @id so
/// references like "hiringOrganization": { "@id": "#org" } resolve to the full object.
/// </summary>
internal sealed class JsonLdGraph
{
    private static readonly JsonDocumentOptions Lenient = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    private readonly Dictionary<string, JsonObject> _byId = new(StringComparer.Ordinal);
    private readonly List<JsonObject> _nodes = [];

    public IReadOnlyList<JsonObject> Nodes => _nodes;

    public void AddScript(string json)
    {
        // A broken block is skipped; other blocks on the page may still be fine.
        var cleaned = Cleaned(json);
        if (!JsonSyntax.IsWellFormed(cleaned))
        {
            return;
        }
        try
        {
            Add(JsonNode.Parse(cleaned, documentOptions: Lenient));
        }
        catch (JsonException)
        {
            // What the syntax check does not model (an escape naming half a surrogate pair, say) still only skips the block.
        }
    }

    // Raw newlines and tabs inside strings are invalid JSON but common in hand-edited templates; outside strings they
    // are only whitespace, so replacing them everywhere is safe. One copy of the script, made in one pass.
    private static string Cleaned(string json)
    {
        var span = json.AsSpan().Trim().Trim('\uFEFF').TrimStart(CommentOpen).TrimEnd(CommentClose);
        return string.Create(span.Length, span, static (cleaned, source) =>
        {
            source.CopyTo(cleaned);
            cleaned.ReplaceAny(ControlWhitespace, ' ');
        });
    }

    private static readonly System.Buffers.SearchValues<char> ControlWhitespace = System.Buffers.SearchValues.Create("\n\r\t");
    private const string CommentOpen = "<!-";
    private const string CommentClose = "->";

    public void Add(JsonNode? node)
    {
        foreach (var item in JsonLdValues.Many(node))
        {
            if (item is JsonArray nested)
            {
                Add(nested);
            }
            else if (item is JsonObject obj)
            {
                _nodes.Add(obj);
                if (JsonLdValues.Text(obj["@id"]) is { } id && obj.Count > 1)
                {
                    _byId.TryAdd(id, obj);
                }
                foreach (var (key, child) in obj)
                {
                    if (key is not "@id" and not "@type" and not "@context" && child is JsonObject or JsonArray)
                    {
                        Add(child);
                    }
                }
            }
        }
    }

    /// <summary>The full node an "@id"-only reference points to; anything else as it is.</summary>
    public JsonNode? Resolve(JsonNode? node) =>
        node is JsonObject obj && obj.Count == 1 && JsonLdValues.Text(obj["@id"]) is { } id && _byId.TryGetValue(id, out var full)
            ? full
            : node;
}
