using System.Globalization;
using System.Text;

namespace RolesBoard.Api.Coops;

public static class Slugs
{
    /// <summary>"Agile Collective Ltd." becomes "agile-collective-ltd": lower-case ASCII letters, digits and dashes.</summary>
    public static string From(string name)
    {
        var builder = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }
        var slug = builder.ToString().Trim('-');
        return slug.Length == 0 ? "coop" : slug[..Math.Min(slug.Length, 60)].TrimEnd('-');
    }

    /// <summary>The host of a website without "www.", lower-case: the key for one co-op per domain.</summary>
    public static string Domain(string website)
    {
        var host = Uri.TryCreate(website, UriKind.Absolute, out var uri) ? uri.Host : website;
        host = host.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }
}
