using RolesBoard.Api.Founders.Guides;
using RolesBoard.Api.Pages;

namespace RolesBoard.Api.Founders.Start;

/// <summary>A country's founding guide as a page section, sources as links, the disclaimer first.</summary>
public static class GuideSection
{
    public static void Render(Html html, FoundingGuide guide)
    {
        html.Open("section", ("aria-labelledby", "guide")).Element("h2", $"Founding a worker co-op in {guide.CountryName}", ("id", "guide"));
        html.Element("p", FoundingGuide.Disclaimer, ("class", "notice"));
        html.Element("h3", "Legal forms").Raw("<dl>");
        foreach (var form in guide.LegalForms)
        {
            html.Element("dt", form.Name);
            html.Element("dd", (form.MinimumMembers is { } min ? $"At least {min} member{(min == 1 ? "" : "s")}. " : "") + form.Notes);
        }
        html.Raw("</dl>");
        List(html, "Model rules", guide.ModelRules, link: false);
        List(html, "Who can help", guide.SupportBodies, link: false);
        List(html, "Sources", guide.Sources, link: true);
        html.Element("p", $"Reviewed on {guide.ReviewedOn:yyyy-MM-dd} by {guide.ReviewedBy}.", ("class", "meta"));
        html.Close("section");
    }

    private static void List(Html html, string heading, IReadOnlyList<string> items, bool link)
    {
        html.Element("h3", heading).Open("ul");
        foreach (var item in items)
        {
            html.Open("li");
            if (link && Html.SafeUrl(item) is { } url)
            {
                html.Element("a", item, ("href", url));
            }
            else
            {
                html.Text(item);
            }
            html.Close("li");
        }
        html.Close("ul");
    }
}
