using System.Text;
using System.Text.Encodings.Web;

namespace RolesBoard.Api.Pages;

/// <summary>
/// A tiny HTML builder: every text and attribute value goes through <see cref="HtmlEncoder"/>; only
/// <see cref="Raw"/> writes markup as is, for our own fragments and the pre-sanitized role descriptions.
/// </summary>
public sealed class Html
{
    private readonly StringBuilder _html = new();

    public Html Raw(string markup)
    {
        _html.Append(markup);
        return this;
    }

    public Html Text(string? text)
    {
        _html.Append(HtmlEncoder.Default.Encode(text ?? ""));
        return this;
    }

    /// <summary>Appends <c>&lt;tag attr="value"…&gt;</c>; attributes with a null value are left out.</summary>
    public Html Open(string tag, params (string Name, string? Value)[] attributes)
    {
        _html.Append('<').Append(tag);
        foreach (var (name, value) in attributes.Where(a => a.Value is not null))
        {
            _html.Append(' ').Append(name).Append("=\"").Append(HtmlEncoder.Default.Encode(value!)).Append('"');
        }
        _html.Append('>');
        return this;
    }

    public Html Close(string tag) => Raw($"</{tag}>");

    public Html Element(string tag, string? text, params (string Name, string? Value)[] attributes) =>
        Open(tag, attributes).Text(text).Close(tag);

    public override string ToString() => _html.ToString();

    public byte[] ToBytes() => Encoding.UTF8.GetBytes(_html.ToString());

    /// <summary>Only http and https links are rendered as links; anything else (javascript:, data:) is dropped.</summary>
    public static string? SafeUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? uri.AbsoluteUri : null;
}
