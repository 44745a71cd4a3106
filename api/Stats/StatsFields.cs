using GraphQL;
using GraphQL.Types;
using RolesBoard.Api.Auth;
using RolesBoard.Api.GraphQL;
using RolesBoard.Api.Stats.Snapshots;

namespace RolesBoard.Api.Stats;

public static class StatsFields
{
    public static void AddStatsQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<MovementStatsType>>("movementStats")
            .Description("The movement in numbers for a period of UTC days (default: the last 26 weeks), optionally in one country or network.")
            .Argument<DateGraphType>("from")
            .Argument<DateGraphType>("to")
            .Argument<StringGraphType>("country", "ISO 3166 code.")
            .Argument<StringGraphType>("network")
            .ResolveAsync(async c =>
            {
                var today = SnapshotDays.DayOf(c.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow());
                var (request, error) = StatsQuery.Parse(Date(c, "from"), Date(c, "to"), c.GetArgument<string?>("country"), c.GetArgument<string?>("network"), today);
                if (request is null)
                {
                    throw new ExecutionError(error!) { Code = "BAD_USER_INPUT" };
                }
                return await c.RequestServices!.GetRequiredService<MovementStatsReader>().ReadAsync(request, c.CancellationToken);
            });
    }

    public static void AddStatsMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<SnapshotStatsPayloadType>>("snapshotMovementStats")
            .Description("Write the stats snapshots now rather than at the next scheduled run (the administrator's key): WRITTEN, BUSY (another run is writing them) or RUNNING (still writing after 5 s; it finishes by itself).")
            .ResolveAsync(async c =>
            {
                var caller = c.RequestServices!.GetRequiredService<Caller>();
                if (!caller.IsAdmin)
                {
                    return caller.Secret is null ? Payload<string>.Unauthenticated("snapshotMovementStats") : Payload<string>.Forbidden("Only the network administrator can run the snapshots.");
                }
                return Payload<string>.Ok(await c.RequestServices!.GetRequiredService<SnapshotTrigger>().RunAsync(SnapshotTrigger.DefaultWait));
            });
    }

    private static DateOnly? Date(IResolveFieldContext context, string name) =>
        context.GetArgument<DateTime?>(name) is { } date ? DateOnly.FromDateTime(date) : null;
}

public sealed class SnapshotStatsPayloadType() : PayloadType<string, StringGraphType>("SnapshotStatsPayload", "outcome");
