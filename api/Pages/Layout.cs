using System.Security.Cryptography;
using System.Text;

namespace RolesBoard.Api.Pages;

/// <summary>The shared page shell: plain HTML, one small inline stylesheet, no scripts, readable without CSS.</summary>
public static class Layout
{
    public const string ContentType = "text/html; charset=utf-8";

    private const string Style = """
        body{font:1rem/1.5 system-ui,sans-serif;max-width:48rem;margin:0 auto;padding:1rem;color:#1a1a1a;background:#fff}
        a{color:#0645ad}a:focus{outline:3px solid #ffbf47}
        .skip{position:absolute;left:-999px}.skip:focus{left:1rem}
        ul.roles{list-style:none;padding:0}ul.roles li{border-bottom:1px solid #ddd;padding:.75rem 0}
        .meta{color:#444;font-size:.9rem;margin:.25rem 0}
        form{display:flex;flex-wrap:wrap;gap:.5rem;align-items:end}label{display:flex;flex-direction:column;font-size:.9rem}
        input,select,button{font:inherit;padding:.25rem}
        .notice{background:#fff4e5;border-left:4px solid #e68a00;padding:.5rem 1rem}
        """;

    /// <summary>The stylesheet as a Content-Security-Policy source: allowed by its hash, so no other inline style is.</summary>
    public static readonly string StyleSource = $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Style)))}'";

    /// <summary>Writes the page around <paramref name="main"/>; <paramref name="head"/> adds to &lt;head&gt; (canonical, JSON-LD).</summary>
    public static Html Page(string title, Action<Html> main, Action<Html>? head = null)
    {
        var html = new Html()
            .Raw("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Element("title", title + " · RolesBoard")
            .Raw("<style>").Raw(Style).Raw("</style>");
        head?.Invoke(html);
        html.Raw("</head><body><a class=\"skip\" href=\"#main\">Skip to content</a>")
            .Raw("<header><a href=\"/roles\">RolesBoard</a>: roles at tech worker co-operatives</header>")
            .Raw("<main id=\"main\">");
        main(html);
        return html.Raw("</main></body></html>");
    }
}
