using System.Globalization;
using GraphQL.Types;
using RolesBoard.Api.GraphQL;
using RolesBoard.Api.Roles;
using Scraped = RolesBoard.Scrapers.Scraping;

namespace RolesBoard.Api.Ingestion;

public sealed class ScrapePreviewType : ObjectGraphType<ScrapePreview>
{
    public ScrapePreviewType()
    {
        Name = "ScrapePreview";
        Description = "What the board would read at a URL: nothing is stored.";
        Field<ScrapeRunOutcomeType>("outcome").Description("Null when the preview was refused (see errors).").Resolve(c => c.Source.Outcome);
        Field(p => p.Format, nullable: true).Description("What the page held: json-ld, selector-rule, prose, feed, greenhouse…");
        Field(p => p.Error, nullable: true).Description("Why the page could not be fetched (refused address, robots.txt, HTTP error).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ScrapedRolePreviewType>>>>("roles").Resolve(c => c.Source.Roles);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors").Resolve(c => c.Source.Errors);
    }
}

/// <summary>A role as the scraper read it, in the contract's scraper fields, with the prose reading's confidence.</summary>
public sealed class ScrapedRolePreviewType : ObjectGraphType<Scraped.ScrapedRole>
{
    public ScrapedRolePreviewType()
    {
        Name = "ScrapedRolePreview";
        Field(r => r.Title);
        Field<NonNullGraphType<StringGraphType>>("url").Resolve(c => c.Source.Url.AbsoluteUri);
        Field(r => r.Location, nullable: true);
        Field<RemotePolicyType>("remote").Resolve(c => c.Source.Remote);
        Field<EmploymentTypeType>("employmentType").Resolve(c => c.Source.EmploymentType);
        Field<StringGraphType>("datePosted").Description("YYYY-MM-DD").Resolve(c => c.Source.DatePosted?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Field<StringGraphType>("validThrough").Description("YYYY-MM-DD").Resolve(c => c.Source.ValidThrough?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Field<SalaryType>("salary").Resolve(c => c.Source.Salary is { } s
            ? new Salary((double)s.Min, (double)s.Max, s.Currency, s.Period) : null);
        Field(r => r.Skills);
        Field(r => r.Description).Description("Plain text.");
        Field(r => r.Confidence, nullable: true).Description("For a role read from prose: how sure the reading is (0 to 1); below 0.6 it would be held as a draft.");
        Field(r => r.Evidence).Description("For a role read from prose: the evidence found.");
    }
}
