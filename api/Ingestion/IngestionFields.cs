using GraphQL;
using GraphQL.Types;
using RolesBoard.Api.GraphQL;
using RolesBoard.Api.Roles;

namespace RolesBoard.Api.Ingestion;

public static class IngestionFields
{
    public static void AddIngestionQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ScrapeRunType>>>>("scrapeRuns")
            .Description("A co-op's scrape runs, newest first (that co-op's key or the administrator's).")
            .Argument<NonNullGraphType<IdGraphType>>("coopId")
            .Argument<IntGraphType>("first", "1 to 100 (default 20).")
            .ResolveAsync(async c => await Runs(c).ListAsync(Ids.From(c, "coopId"), PageSize.Check(c.GetArgument<int?>("first")), c.CancellationToken));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RoleType>>>>("scrapedDrafts")
            .Description("Roles read from prose on a co-op's site with little evidence, held until the co-op confirms them (that co-op's key or the administrator's).")
            .Argument<NonNullGraphType<IdGraphType>>("coopId")
            .ResolveAsync(async c => await Drafts(c).ListAsync(Ids.From(c, "coopId"), c.CancellationToken));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceRuleType>>>>("selectorRules")
            .Description("The selector rules set for a co-op's careers sources (that co-op's key or the administrator's).")
            .Argument<NonNullGraphType<IdGraphType>>("coopId")
            .ResolveAsync(async c => await Rules(c).ListAsync(Ids.From(c, "coopId"), c.CancellationToken));
        query.Field<NonNullGraphType<ScrapePreviewType>>("previewScrape")
            .Description("What the board would read at a URL, with or without a selector rule, before saving it: the same fetcher and address checks as scraping; a few a minute per key (a co-op's or the administrator's).")
            .Argument<NonNullGraphType<StringGraphType>>("url")
            .Argument<SelectorRuleInputType>("rule")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<ScrapePreviews>()
                .RunAsync(c.GetArgument<string>("url"), c.GetArgument<SelectorRuleInput?>("rule"), c.CancellationToken));
    }

    public static void AddIngestionMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ScrapeNowPayloadType>>("scrapeNow")
            .Description("Scrape a co-op's careers sources now and return the runs (that co-op's key or the administrator's).")
            .Argument<NonNullGraphType<IdGraphType>>("coopId")
            .ResolveAsync(async c => await Runs(c).ScrapeNowAsync(Ids.From(c, "coopId"), c.CancellationToken));
        mutation.Field<NonNullGraphType<RolePayloadType>>("confirmScrapedRole")
            .Description("List a draft read from prose on the co-op's site (that co-op's key); closeRole discards one.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await Drafts(c).ConfirmAsync(Ids.From(c), c.CancellationToken));
        mutation.Field<NonNullGraphType<SelectorRulePayloadType>>("setSelectorRule")
            .Description("Set (or, with a null rule, remove) the selector rule of one of a co-op's careers URLs (that co-op's key or the administrator's).")
            .Argument<NonNullGraphType<IdGraphType>>("coopId")
            .Argument<NonNullGraphType<StringGraphType>>("sourceUrl")
            .Argument<SelectorRuleInputType>("rule")
            .ResolveAsync(async c => await Rules(c).SetAsync(Ids.From(c, "coopId"), c.GetArgument<string>("sourceUrl"), c.GetArgument<SelectorRuleInput?>("rule"), c.CancellationToken));
    }

    private static SelectorRules Rules(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<SelectorRules>();

    private static ScrapedDrafts Drafts(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<ScrapedDrafts>();

    private static ScrapeRuns Runs(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<ScrapeRuns>();
}
