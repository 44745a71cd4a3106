using GraphQL.Types;
using RolesBoard.Api.GraphQL;
using RolesBoard.Api.Coops;
using RolesBoard.Scrapers.Extraction.Rules;

namespace RolesBoard.Api.Ingestion;

/// <summary>CSS selectors for a careers page the extractors cannot read alone: its list items, and each role's fields inside an item.</summary>
public sealed class SelectorRuleInput
{
    public string List { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Url { get; set; }
    public string? Location { get; set; }
    public string? Description { get; set; }

    public SelectorRule ToSelectorRule() => new(List.Trim(), Title.Trim(), Blank(Url), Blank(Location), Blank(Description));

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

public sealed class SelectorRuleInputType : InputObjectGraphType<SelectorRuleInput>
{
    public SelectorRuleInputType()
    {
        Name = "SelectorRuleInput";
        Field(r => r.List).Description("Selects each role's element on the page, e.g. \".vacancy\".");
        Field(r => r.Title).Description("Inside an item: the role's title, e.g. \"h3\".");
        Field(r => r.Url, nullable: true).Description("Inside an item: the link to the role (default: the first link).");
        Field(r => r.Location, nullable: true);
        Field(r => r.Description, nullable: true);
    }
}

public sealed class SourceRuleType : ObjectGraphType<SourceRule>
{
    public SourceRuleType()
    {
        Name = "SelectorRule";
        Description = "A selector rule set for one careers source.";
        Field(r => r.SourceUrl);
        Field(r => r.List);
        Field(r => r.Title);
        Field(r => r.Url, nullable: true);
        Field(r => r.Location, nullable: true);
        Field(r => r.Description, nullable: true);
        Field(r => r.SetAt);
        Field(r => r.SetBy).Description("co-op or administrator.");
    }
}

public sealed class SelectorRulePayloadType() : PayloadType<SourceRule, SourceRuleType>("SelectorRulePayload", "rule");
