using Marten;
using Quartz;
using RolesBoard.Api.Roles;
using RolesBoard.Api.Storage;

namespace RolesBoard.Api.Webhooks;

/// <summary>
/// Webhooks' background work on one node of the Quartz cluster: turn each role change into deliveries (one
/// transaction per change, with its outbox entry), then attempt the deliveries that are due, a few at a time.
/// </summary>
[DisallowConcurrentExecution]
public sealed class WebhookJob(IDocumentStore store, WebhookFanOut fanOut, WebhookDeliverer deliverer, TimeProvider clock, ILogger<WebhookJob> logger) : IJob
{
    public const string Consumer = "webhooks";
    private const int Parallel = 8;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await FanOutAsync(cancellationToken);
            await DeliverDueAsync(cancellationToken);
        }
        catch (Exception e) when (DatabaseFaults.IsUnavailable(e))
        {
            logger.LogWarning(e, "Webhooks paused: the database is unavailable");
        }
    }

    private Task FanOutAsync(CancellationToken cancellationToken) =>
        RoleChangeOutbox.DrainAsync(store, Consumer, fanOut.QueueAsync, cancellationToken);

    private async Task DeliverDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        IReadOnlyList<Guid> due;
        await using (var query = store.QuerySession())
        {
            due = await query.Query<WebhookDelivery>()
                .Where(d => d.Status == DeliveryStatus.Pending && d.NextAttemptAt <= now)
                .OrderBy(d => d.NextAttemptAt).Take(200).Select(d => d.Id)
                .ToListAsync(cancellationToken);
        }
        await System.Threading.Tasks.Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = Parallel, CancellationToken = cancellationToken },
            async (id, ct) => await deliverer.AttemptAsync(id, ct));
    }
}
