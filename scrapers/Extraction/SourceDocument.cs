namespace RolesBoard.Scrapers.Extraction;

/// <summary>A fetched document: extraction is a pure function of this, so it is tested on saved pages.</summary>
public sealed record SourceDocument(string Text, Uri Url, string? ContentType = null)
{
    public bool LooksLikeJson => ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true
        || Text.TrimStart().StartsWith('{') || Text.TrimStart().StartsWith('[');

    public bool LooksLikeXml
    {
        get
        {
            var start = Text.TrimStart('\uFEFF', ' ', '\r', '\n', '\t');
            return start.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase)
                || start.StartsWith("<rss", StringComparison.OrdinalIgnoreCase)
                || start.StartsWith("<feed", StringComparison.OrdinalIgnoreCase)
                || start.StartsWith("<workzag-jobs", StringComparison.OrdinalIgnoreCase);
        }
    }
}
