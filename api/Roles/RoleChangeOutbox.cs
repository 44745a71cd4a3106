using Marten;

namespace RolesBoard.Api.Roles;

/// <summary>A consumer's side of the role-change outbox: the changes waiting for it, oldest first.</summary>
public static class RoleChangeOutbox
{
    private const int Batch = 50;

    /// <summary>
    /// Hands each change waiting for <paramref name="consumer"/> to <paramref name="handle"/>, in a session of its own
    /// that also marks the change handled, so what handling wrote and the mark commit together (at least once, never
    /// lost); returns when none is left.
    /// </summary>
    public static async Task DrainAsync(IDocumentStore store, string consumer,
        Func<IDocumentSession, RoleChange, CancellationToken, Task> handle, CancellationToken cancellationToken)
    {
        while (true)
        {
            IReadOnlyList<RoleChange> changes;
            await using (var query = store.QuerySession())
            {
                changes = await query.Query<RoleChange>()
                    .Where(c => c.Consumer == consumer)
                    .OrderBy(c => c.RecordedAt).ThenBy(c => c.Id)
                    .Take(Batch)
                    .ToListAsync(cancellationToken);
            }
            foreach (var change in changes)
            {
                await using var session = store.LightweightSession();
                await handle(session, change, cancellationToken);
                session.HardDelete(change);
                await session.SaveChangesAsync(cancellationToken);
            }
            if (changes.Count < Batch)
            {
                return;
            }
        }
    }
}
