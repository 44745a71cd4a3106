using GraphQL.Types;
using RolesBoard.Api.GraphQL;
using RolesBoard.Scrapers.Scraping;

namespace RolesBoard.Api.Ingestion;

public sealed class ScrapeRunType : ObjectGraphType<ScrapeRun>
{
    public ScrapeRunType()
    {
        Name = "ScrapeRun";
        Description = "One scrape of one careers source: when, how it went, and what it changed.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(r => r.SourceUrl).Description("The source scraped; the co-op's website when discovery found no careers page.");
        Field(r => r.Trigger).Description("schedule or scrapeNow.");
        Field(r => r.StartedAt);
        Field(r => r.FinishedAt, nullable: true);
        Field<NonNullGraphType<ScrapeRunOutcomeType>>("outcome").Resolve(c => c.Source.Outcome);
        Field(r => r.Found).Description("Roles the source listed.");
        Field(r => r.Created);
        Field(r => r.Updated);
        Field(r => r.Closed).Description("Roles closed because they were missing from two successful scrapes in a row.");
        Field(r => r.Reopened);
        Field(r => r.Linked).Description("Roles matching one the co-op posted itself: linked to it, not listed twice.");
        Field(r => r.Drafted).Description("New roles read from prose with little evidence, held as drafts until the co-op confirms them (confirmScrapedRole).");
        Field(r => r.Skipped).Description("Roles that failed the checks a posted role must pass.");
        Field(r => r.Error, nullable: true);
        Field(r => r.Format, nullable: true).Description("What the source held, e.g. json-ld, rss, greenhouse.");
    }
}

public sealed class ScrapeRunOutcomeType : EnumerationGraphType<ScrapeOutcome>
{
    public ScrapeRunOutcomeType() => Name = "ScrapeRunOutcome";
}

public sealed class ScrapeNowPayloadType() : PayloadType<IReadOnlyList<ScrapeRun>, ListGraphType<NonNullGraphType<ScrapeRunType>>>("ScrapeNowPayload", "runs");
