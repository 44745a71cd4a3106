using System.Xml;
using System.Xml.Linq;

namespace RolesBoard.Scrapers.Extraction.Feeds;

/// <summary>XML from strangers: no DTDs (no entity expansion bombs), no external resolution.</summary>
internal static class SafeXml
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
    };

    public static XDocument? TryParse(string text)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(text.TrimStart('\uFEFF', ' ', '\r', '\n', '\t')), Settings);
            return XDocument.Load(reader);
        }
        catch (XmlException)
        {
            return null;
        }
    }

    public static string? Child(this XElement e, string localName) =>
        e.Elements().FirstOrDefault(c => c.Name.LocalName.Equals(localName, StringComparison.OrdinalIgnoreCase))?.Value;

    /// <summary>A child in the namespace the document binds to <paramref name="prefix"/>, whatever that namespace's URI.</summary>
    public static string? Prefixed(this XElement e, string prefix, string localName) =>
        e.Elements().FirstOrDefault(c => c.Name.LocalName == localName && e.GetPrefixOfNamespace(c.Name.Namespace) == prefix)?.Value;
}
