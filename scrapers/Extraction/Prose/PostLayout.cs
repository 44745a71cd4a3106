using AngleSharp.Dom;

namespace RolesBoard.Scrapers.Extraction.Prose;

/// <summary>
/// Where a blog, CMS or forum page keeps its post: the title, the body (a forum topic's first post only: replies
/// are not roles) and the date published, in the order of the themes co-ops use (WordPress, Ghost, Jekyll/Hugo,
/// Discourse), then the generic article and main. Found in one walk of the tree: a selector per candidate would
/// walk it some forty times.
/// </summary>
internal sealed class PostLayout
{
    // Body candidates, best first: Discourse's first post (or a post's schema.org articleBody), WordPress, Ghost, Jekyll/Hugo, then generic containers.
    private static readonly string[] BodyClasses = ["cooked", "entry-content", "gh-content", "post-full-content", "post-content", "article-content", "e-content", "post-body", "page-content"];
    private const int FirstPostText = 0, ContentInArticle = 1 + 9, Article = ContentInArticle + 1, Main = Article + 1, ContentId = Main + 1;

    // Title candidates, best first.
    private static readonly string[] TitleClasses = ["entry-title", "gh-article-title", "post-full-title", "post-title", "p-name", "article-title"];
    private const int TopicTitle = 0, H1InArticle = 1 + 6, H1InMain = H1InArticle + 1, AnyH1 = H1InMain + 1, TitleClassAnywhere = AnyH1 + 1;

    private readonly IElement?[] _bodies = new IElement?[ContentId + 1];
    private readonly IElement?[] _titles = new IElement?[TitleClassAnywhere + 1];
    private int _articles;
    private int _listItems;
    private string? _published;

    public IElement? Body => _bodies.FirstOrDefault(b => b is not null);

    public bool IsArchive => _articles >= 2 || _listItems >= 2;

    public string? Published => _published;

    public static PostLayout Of(IDocument document)
    {
        var layout = new PostLayout();
        if (document.Body is { } body)
        {
            layout.Walk(body, inArticle: false, inMain: false, inTopicTitle: false, inList: false);
        }
        layout._published ??= document.Head?.QuerySelector("meta[property='article:published_time'], meta[itemprop='datePublished']")?.GetAttribute("content");
        return layout;
    }

    public string? Title(IDocument document) =>
        _titles.FirstOrDefault(t => t is not null)?.TextContent
        ?? document.Head?.QuerySelector("meta[property='og:title']")?.GetAttribute("content")
        ?? document.Title;

    public static string? SiteName(IDocument document) => document.Head?.QuerySelector("meta[property='og:site_name']")?.GetAttribute("content");

    private void Walk(IElement element, bool inArticle, bool inMain, bool inTopicTitle, bool inList)
    {
        // By index over the child nodes: AngleSharp's Children collection and NextElementSibling both rescan the
        // parent's nodes on every step.
        var nodes = element.ChildNodes;
        for (var i = 0; i < nodes.Length; i++)
        {
            // Furniture holds no post: a theme's comments are articles too, and its sidebar lists posts.
            if (nodes[i] is not IElement child || TextLines.IsFurniture(child))
            {
                continue;
            }
            var name = child.LocalName;
            var role = child.GetAttribute("role");
            var isList = Note(child, name, role, inArticle, inMain, inTopicTitle, inList);
            if (child.HasChildNodes)
            {
                Walk(child, inArticle || name == "article", inMain || name == "main" || role == "main", inTopicTitle || child.Id == "topic-title", inList || isList);
            }
        }
    }

    private enum ClassKind { Body, ContentInArticle, Title, TopicListItem, PostCard, PostList }

    private static readonly ClassNames<(ClassKind Kind, int Index)> Classes = new(
        BodyClasses.Select((c, i) => KeyValuePair.Create(c, (ClassKind.Body, i)))
            .Concat(TitleClasses.Select((c, i) => KeyValuePair.Create(c, (ClassKind.Title, i))))
            .Append(KeyValuePair.Create("content", (ClassKind.ContentInArticle, 0)))
            .Append(KeyValuePair.Create("topic-list-item", (ClassKind.TopicListItem, 0)))
            .Append(KeyValuePair.Create("post-card", (ClassKind.PostCard, 0)))
            .Append(KeyValuePair.Create("post-list", (ClassKind.PostList, 0)))
            .Append(KeyValuePair.Create("post-feed", (ClassKind.PostList, 0))));

    /// <summary>Notes what the element may be (a body, a title, a date, a list item) and says whether it holds a list of posts.</summary>
    private bool Note(IElement e, string name, string? role, bool inArticle, bool inMain, bool inTopicTitle, bool inList)
    {
        if (name == "article")
        {
            _articles++;
            Keep(_bodies, Article, e);
        }
        else if (name == "main" || role == "main")
        {
            Keep(_bodies, Main, e);
        }
        if (e.Id == "content")
        {
            Keep(_bodies, ContentId, e);
        }
        var itemprop = e.GetAttribute("itemprop");
        // A forum post's text (Discourse marks it "text", before version 3 "articleBody"; a blog post's body is
        // "articleBody" too): the first one is the post, later ones are replies.
        if (itemprop is "text" or "articleBody")
        {
            Keep(_bodies, FirstPostText, e);
        }
        if (name == "time" && (inArticle || itemprop == "datePublished") && e.GetAttribute("datetime") is { } datetime)
        {
            _published ??= datetime;
        }
        if (name == "h1")
        {
            Keep(_titles, inTopicTitle ? TopicTitle : inArticle ? H1InArticle : inMain ? H1InMain : AnyH1, e);
        }
        var (listItem, isList) = (name == "li" && inList, false);
        foreach (var (kind, i) in Classes.In(e.ClassName))
        {
            switch (kind)
            {
                case ClassKind.Body:
                    Keep(_bodies, 1 + i, e);
                    break;
                case ClassKind.ContentInArticle when inArticle:
                    Keep(_bodies, ContentInArticle, e);
                    break;
                case ClassKind.Title:
                    Keep(_titles, name == "h1" || i is 1 or 2 or 5 ? 1 + i : TitleClassAnywhere, e);
                    break;
                case ClassKind.TopicListItem:
                    listItem = true;
                    break;
                case ClassKind.PostCard when inList:
                    listItem = true;
                    break;
                case ClassKind.PostList:
                    isList = true;
                    break;
            }
        }
        if (listItem)
        {
            _listItems++;
        }
        return isList;
    }

    private static void Keep(IElement?[] slots, int priority, IElement e) => slots[priority] ??= e;
}
