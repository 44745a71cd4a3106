namespace RolesBoard.Scrapers.Extraction;

/// <summary>A fetched document: extraction is a pure function of this, so it is tested on saved pages.</summary>
public sealed record SourceDocument(string Text, Uri Url, string? ContentType = null)
{
    // Spans, not TrimStart(): trimming a string copies the whole page whenever it starts with white space.
    public bool LooksLikeJson => ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true
        || Text.AsSpan().TrimStart() is ['{' or '[', ..];

    public bool LooksLikeXml
    {
        get
        {
            var start = Text.AsSpan().TrimStart("\uFEFF \r\n\t");
            return start.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase)
                || start.StartsWith("<rss", StringComparison.OrdinalIgnoreCase)
                || start.StartsWith("<feed", StringComparison.OrdinalIgnoreCase)
                || start.StartsWith("<workzag-jobs", StringComparison.OrdinalIgnoreCase);
        }
    }
}
