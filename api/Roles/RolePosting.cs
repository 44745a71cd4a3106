using System.Security.Cryptography;
using System.Text;
using Marten;
using JasperFx;
using RolesBoard.Api.Auth;
using RolesBoard.Api.Coops;
using RolesBoard.Api.GraphQL;
using RolesBoard.Api.Storage;

namespace RolesBoard.Api.Roles;

/// <summary>Verified co-ops post, edit and close their own roles.</summary>
public sealed class RolePosting(IDocumentStore store, IDocumentSession session, Caller caller, TimeProvider clock)
{
    public async Task<Payload<Role>> PostAsync(PostRoleInput input, CancellationToken cancellationToken)
    {
        var coop = await caller.CoopAsync(cancellationToken);
        if (coop is null)
        {
            return caller.Secret is null ? Payload<Role>.Unauthenticated("postRole")
                : await caller.IsPendingClaimAsync(cancellationToken)
                    ? Payload<Role>.Forbidden("This key acts once the co-op is verified: prove its domain with checkCoopDomain, or ask the network administrator.")
                    : Payload<Role>.Forbidden("That key belongs to no co-op.");
        }
        if (!coop.Verified)
        {
            return Payload<Role>.Forbidden("Only verified co-ops can post roles; the network administrator verifies new co-ops.");
        }
        var now = clock.GetUtcNow();
        var key = input.IdempotencyKey?.Trim();
        // The id is fixed before the first attempt: derived from (co-op, key) when there is a key, so a client's
        // retry finds the first role; random otherwise, so our own retries after an ambiguous commit cannot
        // post twice (the second insert collides on the primary key).
        var role = new Role { Id = string.IsNullOrEmpty(key) ? Guid.NewGuid() : IdFor(coop.Id, key), CoopId = coop.Id, IdempotencyKey = key };
        var check = RoleInputValidator.Apply(input, role, now);
        role.DatePosted = now;
        role.CreatedAt = now;
        return await DatabaseRetry.RunAsync(async () =>
        {
            await using var attempt = store.LightweightSession();
            if (!string.IsNullOrEmpty(key) && await attempt.LoadAsync<Role>(role.Id, cancellationToken) is { } earlier)
            {
                return Payload<Role>.Ok(earlier);
            }
            if (!check.IsValid)
            {
                return Payload<Role>.Fail(check.Errors);
            }
            attempt.Insert(role);
            try
            {
                await attempt.SaveChangesAsync(cancellationToken);
                return Payload<Role>.Ok(role);
            }
            catch (DocumentAlreadyExistsException)
            {
                await using var reader = store.QuerySession();
                return Payload<Role>.Ok((await reader.LoadAsync<Role>(role.Id, cancellationToken))!);
            }
        }, cancellationToken);
    }

    public async Task<Payload<Role>> UpdateAsync(Guid id, PostRoleInput input, CancellationToken cancellationToken)
    {
        var (role, refusal) = await OwnRoleAsync(id, "updateRole", cancellationToken);
        if (role is null)
        {
            return refusal!;
        }
        var check = RoleInputValidator.Apply(input, role, clock.GetUtcNow());
        if (!check.IsValid)
        {
            return Payload<Role>.Fail(check.Errors);
        }
        session.Store(role);
        await session.SaveChangesAsync(cancellationToken);
        return Payload<Role>.Ok(role);
    }

    public async Task<Payload<Role>> CloseAsync(Guid id, CancellationToken cancellationToken)
    {
        var (role, refusal) = await OwnRoleAsync(id, "closeRole", cancellationToken);
        if (role is null)
        {
            return refusal!;
        }
        if (role.Status != RoleStatus.Closed)
        {
            RoleClosing.Close(role, clock.GetUtcNow());
            session.Store(role);
            await session.SaveChangesAsync(cancellationToken);
        }
        return Payload<Role>.Ok(role);
    }

    private async Task<(Role?, Payload<Role>?)> OwnRoleAsync(Guid id, string operation, CancellationToken cancellationToken)
    {
        var coop = await caller.CoopAsync(cancellationToken);
        if (coop is null)
        {
            return (null, caller.Secret is null
                ? Payload<Role>.Unauthenticated(operation)
                : Payload<Role>.Forbidden(caller.IsAdmin ? "The administrator's key does not act for co-ops; use the co-op's key." : "That key belongs to no co-op."));
        }
        var role = await session.LoadAsync<Role>(id, cancellationToken);
        if (role is null)
        {
            return (null, Payload<Role>.Fail("id", "NOT_FOUND", "No role has that id."));
        }
        return role.CoopId == coop.Id ? (role, null) : (null, Payload<Role>.Forbidden("A co-op's key edits only its own roles."));
    }

    private static Guid IdFor(Guid coopId, string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{coopId:N}:{key}"));
        return new Guid(hash.AsSpan(0, 16));
    }
}
