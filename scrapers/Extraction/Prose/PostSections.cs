using AngleSharp.Dom;

namespace RolesBoard.Scrapers.Extraction.Prose;

/// <summary>
/// A post's body cut at its headings: a heading naming a role opens that role's section, which runs to the next
/// heading of the same or a higher level; everything else (the intro, "How to apply") is shared by all the roles.
/// </summary>
internal sealed record PostSections(IReadOnlyList<PostSections.Section> Roles, IReadOnlyList<INode> Shared)
{
    public sealed record Section(RoleTitles.Recognised Title, List<INode> Nodes);

    public static PostSections Of(IElement body, VacancyWords words, string? siteName)
    {
        var roles = new List<Section>();
        var shared = new List<INode>();
        Section? current = null;
        var currentLevel = 0;
        foreach (var node in Children(body))
        {
            if (node is IElement { LocalName: "h2" or "h3" or "h4" or "h5" } heading)
            {
                var level = heading.LocalName[1] - '0';
                if (RoleTitles.Recognise(heading.TextContent, words, siteName) is { } title)
                {
                    current = new Section(title, []);
                    currentLevel = level;
                    roles.Add(current);
                    continue;
                }
                if (current is not null && level <= currentLevel)
                {
                    current = null;
                }
            }
            (current?.Nodes ?? shared).Add(node);
        }
        return new PostSections(roles, shared);
    }

    // A body wrapped in one more container (a Gutenberg group, a Ghost card) is read through it.
    private static IEnumerable<INode> Children(IElement body)
    {
        var element = body;
        while (element.Children.Length == 1 && element.Children[0].LocalName is "div" or "section"
            && element.ChildNodes.All(n => n.NodeType != NodeType.Text || string.IsNullOrWhiteSpace(n.TextContent)))
        {
            element = element.Children[0];
        }
        return element.ChildNodes.Where(n => n is not IElement e || !TextLines.IsChrome(e));
    }
}
