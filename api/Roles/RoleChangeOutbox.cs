using Marten;

namespace RolesBoard.Api.Roles;

/// <summary>A consumer's side of the role-change outbox: the oldest changes waiting for it.</summary>
public static class RoleChangeOutbox
{
    public static async Task<IReadOnlyList<RoleChange>> WaitingAsync(IQuerySession session, string consumer, int limit, CancellationToken cancellationToken) =>
        await session.Query<RoleChange>()
            .Where(c => c.Consumer == consumer)
            .OrderBy(c => c.RecordedAt).ThenBy(c => c.Id)
            .Take(limit)
            .ToListAsync(cancellationToken);

    /// <summary>Marks a change handled, in the session that commits what handling it wrote.</summary>
    public static void Handled(IDocumentSession session, RoleChange change) => session.HardDelete(change);
}
