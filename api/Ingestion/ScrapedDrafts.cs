using GraphQL;
using Marten;
using RolesBoard.Api.Auth;
using RolesBoard.Api.Coops;
using RolesBoard.Api.GraphQL;
using RolesBoard.Api.Roles;

namespace RolesBoard.Api.Ingestion;

/// <summary>
/// Roles read from prose with too little evidence wait as drafts: the co-op sees them (its key, or the
/// administrator's) and confirms the real ones, which are then listed; closeRole discards the others.
/// </summary>
public sealed class ScrapedDrafts(IDocumentSession session, Caller caller, TimeProvider clock)
{
    private const int MaxDrafts = 100;

    public async Task<IReadOnlyList<Role>> ListAsync(Guid coopId, CancellationToken ct)
    {
        if (await CoopAccess.RefusalAsync(caller, coopId, "scrapedDrafts", ct, "Only that co-op's key or the administrator's sees its drafts.") is { } refusal)
        {
            throw new ExecutionError(refusal.Message) { Code = refusal.Code };
        }
        return await session.Query<Role>().Where(r => r.CoopId == coopId && r.Status == RoleStatus.Draft)
            .OrderByDescending(r => r.CreatedAt).Take(MaxDrafts).ToListAsync(ct);
    }

    public async Task<Payload<Role>> ConfirmAsync(Guid id, CancellationToken ct)
    {
        var coop = await caller.CoopAsync(ct);
        if (coop is null)
        {
            return caller.Secret is null ? Payload<Role>.Unauthenticated("confirmScrapedRole")
                : Payload<Role>.Forbidden("Only the co-op whose site it was read from confirms a draft, with its own key.");
        }
        var role = await session.LoadAsync<Role>(id, ct);
        if (role is null || role.CoopId != coop.Id)
        {
            return role is null ? Payload<Role>.Fail("id", "NOT_FOUND", "No role has that id.") : Payload<Role>.Forbidden("A co-op's key confirms only its own roles.");
        }
        if (role.Status != RoleStatus.Draft)
        {
            // Confirming twice is harmless; confirming a closed role would reopen what the co-op or the scraper closed.
            return role.Status == RoleStatus.Open ? Payload<Role>.Ok(role) : Payload<Role>.Fail("id", "NOT_A_DRAFT", "That role is closed, not a draft.");
        }
        role.Status = RoleStatus.Open;
        role.UpdatedAt = clock.GetUtcNow();
        session.Store(role);
        await session.SaveChangesAsync(ct);
        return Payload<Role>.Ok(role);
    }
}
