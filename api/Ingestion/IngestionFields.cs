using GraphQL;
using GraphQL.Types;
using RolesBoard.Api.GraphQL;

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
    }

    public static void AddIngestionMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ScrapeNowPayloadType>>("scrapeNow")
            .Description("Scrape a co-op's careers sources now and return the runs (that co-op's key or the administrator's).")
            .Argument<NonNullGraphType<IdGraphType>>("coopId")
            .ResolveAsync(async c => await Runs(c).ScrapeNowAsync(Ids.From(c, "coopId"), c.CancellationToken));
    }

    private static ScrapeRuns Runs(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<ScrapeRuns>();
}
