namespace RolesBoard.Scrapers.Extraction.Rules;

/// <summary>
/// A hand-written rule for one source whose careers page has no structured data: CSS selectors for the list
/// items and, inside each item, the role's fields. Stored per source by the API; an admin writes it once.
/// </summary>
public sealed record SelectorRule(
    string List,
    string Title,
    string? Url = null,
    string? Location = null,
    string? Description = null);
