using System.Text.RegularExpressions;

namespace RolesBoard.Scrapers.Fetching;

/// <summary>robots.txt path patterns: a prefix match where "*" is any run of characters and a final "$" anchors the end.</summary>
internal static class RobotsPattern
{
    public static bool Matches(string pattern, string pathAndQuery)
    {
        var anchored = pattern.EndsWith('$');
        var body = anchored ? pattern[..^1] : pattern;
        var regex = "^" + string.Join(".*", body.Split('*').Select(p => Regex.Escape(Normalize(p)))) + (anchored ? "$" : "");
        return Regex.IsMatch(Normalize(pathAndQuery), regex, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
    }

    // Both sides compared in one percent-encoding form, so "/caf%C3%A9" and "/café" are the same path.
    private static string Normalize(string path)
    {
        try
        {
            return Uri.EscapeDataString(Uri.UnescapeDataString(path)).Replace("%2F", "/", StringComparison.Ordinal)
                .Replace("%3F", "?", StringComparison.Ordinal).Replace("%3D", "=", StringComparison.Ordinal)
                .Replace("%26", "&", StringComparison.Ordinal);
        }
        catch (UriFormatException)
        {
            return path;
        }
    }
}
