using Marten;
using Quartz;
using RolesBoard.Api.Storage;

namespace RolesBoard.Api.Roles;

/// <summary>
/// Closes roles whose validThrough has passed, on one node of the Quartz cluster at a time. Passing the date already
/// takes a role out of every listing, but only a write tells anyone else: closing it through the session records
/// its ROLE_CLOSED change in the same transaction (<see cref="RoleChangeRecorder"/>), as any other close does, so
/// webhooks announce it and alerts leave it out. A batch per transaction; a run that stops resumes on the next firing.
/// </summary>
[DisallowConcurrentExecution]
public sealed class RoleExpiryJob(IDocumentStore store, TimeProvider clock, ILogger<RoleExpiryJob> logger) : IJob
{
    private const int BatchSize = 200;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await CloseExpiredAsync(cancellationToken);
        }
        catch (Exception e) when (DatabaseFaults.IsUnavailable(e))
        {
            logger.LogWarning(e, "Role expiry paused: the database is unavailable");
        }
    }

    /// <summary>Closes every open role past its validThrough; returns how many.</summary>
    public async Task<int> CloseExpiredAsync(CancellationToken cancellationToken)
    {
        var closed = 0;
        while (true)
        {
            var now = clock.GetUtcNow();
            await using var session = store.LightweightSession();
            var expired = await session.Query<Role>()
                .Where(r => r.Status == RoleStatus.Open && r.ExpiresAt != null && r.ExpiresAt <= now)
                .OrderBy(r => r.ExpiresAt)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (expired.Count == 0)
            {
                return closed;
            }
            foreach (var role in expired)
            {
                RoleClosing.Close(role, role.ExpiresAt!.Value);
                session.Store(role);
            }
            await session.SaveChangesAsync(cancellationToken);
            closed += expired.Count;
            if (logger.IsEnabled(LogLevel.Information))
            {
                logger.LogInformation("Closed {Count} roles past their validThrough", expired.Count);
            }
        }
    }
}
