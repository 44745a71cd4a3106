using System.Net;

namespace RolesBoard.Api.Roles;

/// <summary>
/// The description as the board may republish it. A source whose terms refuse redistribution (Syndication) keeps its
/// text to itself: the API answers what the feeds and the role page do, a pointer to the co-op's own page.
/// </summary>
public static class RoleDescription
{
    public static string Html(Role role) => role.Syndicate
        ? role.DescriptionHtml
        : $"<p>The full description is on <a href=\"{WebUtility.HtmlEncode(Where(role))}\" rel=\"nofollow noopener\">the co-op's own site</a>.</p>";

    public static string Text(Role role) => role.Syndicate ? role.DescriptionText : $"The full description is on the co-op's own site: {Where(role)}";

    private static string Where(Role role) => role.SourceUrl ?? role.ApplyUrl ?? "";
}
