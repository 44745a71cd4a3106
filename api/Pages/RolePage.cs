using System.Globalization;
using RolesBoard.Api.Coops;
using RolesBoard.Api.Feeds;
using RolesBoard.Api.Roles;

namespace RolesBoard.Api.Pages;

/// <summary>
/// One role for people and search engines. JobPosting markup only when the role is open and its source
/// allows syndication; a scraped role names the co-op's own page as canonical, so search engines credit it.
/// </summary>
public static class RolePage
{
    public static Html Render(Role role, Coop coop, string pageUrl)
    {
        var canonical = role.Source == RoleSource.Scraped ? Html.SafeUrl(role.SourceUrl) ?? pageUrl : pageUrl;
        return Layout.Page(role.Title, main => Article(main, role, coop), head =>
        {
            head.Open("link", ("rel", "canonical"), ("href", canonical));
            head.Open("meta", ("name", "description"), ("content", Clip(RoleDescription.Text(role), 160)));
            if (role.Syndicate)
            {
                head.Raw("<script type=\"application/ld+json\">").Raw(JobPostingJsonLd.Render(role, coop, pageUrl)).Raw("</script>");
            }
        });
    }

    /// <summary>410: the role existed and is gone. No markup, so search engines drop it.</summary>
    public static Html RenderGone(Role role, Coop? coop) => Layout.Page(role.Title + " (closed)", main =>
    {
        main.Element("h1", role.Title);
        main.Open("p", ("class", "notice")).Text($"This role at {coop?.Name ?? "a co-op"} is no longer open. ")
            .Element("a", "See the open roles", ("href", "/roles")).Close("p");
    });

    public static Html RenderNotFound() => Layout.Page("Role not found", main => main
        .Element("h1", "Role not found")
        .Open("p").Text("No role has that address. ").Element("a", "See the open roles", ("href", "/roles")).Close("p"));

    private static void Article(Html main, Role role, Coop coop)
    {
        main.Raw("<article>").Element("h1", role.Title);
        main.Open("p", ("class", "meta")).Element("a", coop.Name, ("href", Html.SafeUrl(coop.Website))).Close("p");
        main.Raw("<dl>");
        Term(main, "Where", Where(role));
        Term(main, "Type", role.EmploymentType?.ToString());
        Term(main, "Pay", role.Salary is { } s ? $"{s.Min.ToString("N0", CultureInfo.InvariantCulture)}–{s.Max.ToString("N0", CultureInfo.InvariantCulture)} {s.Currency} a {s.Period.ToString().ToLowerInvariant()}" : null);
        Term(main, "Skills", role.Skills.Count > 0 ? string.Join(", ", role.Skills) : null);
        var facts = CoopFactLabels.Of(coop);
        Term(main, "The co-op", facts.Count > 0 ? string.Join(" · ", facts) : null);
        Term(main, "Membership", coop.MembershipTrack);
        Term(main, "Posted", role.DatePosted.ToString("d MMMM yyyy", CultureInfo.InvariantCulture));
        Term(main, "Apply by", role.ValidThrough?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture));
        main.Raw("</dl>");
        if (Html.SafeUrl(role.ApplyUrl) is { } apply)
        {
            main.Open("p").Element("a", "Apply on " + coop.Name + "'s site", ("href", apply)).Close("p");
        }
        main.Element("h2", "About the role");
        if (role.Syndicate)
        {
            main.Raw("<div class=\"description\">").Raw(role.DescriptionHtml).Raw("</div>"); // sanitized when stored
        }
        else
        {
            // The source's terms do not allow republishing its text: send the reader there instead.
            main.Open("p", ("class", "notice")).Text("The full description is on " + coop.Name + "'s own site. ");
            main.Element("a", "Read it there", ("href", Html.SafeUrl(role.SourceUrl) ?? Html.SafeUrl(coop.Website))).Close("p");
        }
        if (role.Source == RoleSource.Scraped && Html.SafeUrl(role.SourceUrl) is { } source)
        {
            main.Open("p", ("class", "meta")).Text("Found on ").Element("a", coop.Name + "'s careers page", ("href", source)).Close("p");
        }
        main.Raw("</article>");
    }

    private static string? Where(Role role)
    {
        var parts = new List<string>();
        if (role.Location is { } location)
        {
            parts.Add(location);
        }
        if (role.Remote is { } remote)
        {
            parts.Add(remote.ToString().ToLowerInvariant() + (role.RemoteRegions.Count > 0 ? " (" + string.Join(", ", role.RemoteRegions) + ")" : ""));
        }
        return parts.Count > 0 ? string.Join(", ", parts) : null;
    }

    private static void Term(Html html, string term, string? value)
    {
        if (value is not null)
        {
            html.Element("dt", term).Element("dd", value);
        }
    }

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
