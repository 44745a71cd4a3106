using RolesBoard.Scrapers.Extraction.Rules;

namespace RolesBoard.Api.Coops;

/// <summary>A selector rule for one of a co-op's careers sources: CSS selectors for the list items and each role's fields.</summary>
public sealed class SourceRule
{
    public string SourceUrl { get; set; } = "";
    public string List { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Url { get; set; }
    public string? Location { get; set; }
    public string? Description { get; set; }
    public DateTimeOffset SetAt { get; set; }
    /// <summary>"co-op" or "administrator".</summary>
    public string SetBy { get; set; } = "";

    public SelectorRule ToSelectorRule() => new(List, Title, Url, Location, Description);
}
