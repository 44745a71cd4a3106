using Marten;
using RolesBoard.Api.Coops;
using RolesBoard.Api.Roles;

namespace RolesBoard.Api.Webhooks;

/// <summary>
/// One role change, turned into one delivery per enabled endpoint that subscribed to its event and whose filter the
/// role passes (a closed role is compared as it was, so a site hears about the close of what it was sent).
/// </summary>
public sealed class WebhookFanOut(WebhookPayload payloads, TimeProvider clock)
{
    public static WebhookEvent EventOf(RoleChangeKind kind) => kind switch
    {
        RoleChangeKind.Opened => WebhookEvent.RoleOpened,
        RoleChangeKind.Updated => WebhookEvent.RoleUpdated,
        _ => WebhookEvent.RoleClosed,
    };

    public async Task QueueAsync(IDocumentSession session, RoleChange change, CancellationToken cancellationToken)
    {
        var role = await session.LoadAsync<Role>(change.RoleId, cancellationToken);
        if (role is null)
        {
            return;
        }
        var e = EventOf(change.Kind);
        var hooks = await session.Query<Webhook>().Where(w => w.DisabledAt == null).ToListAsync(cancellationToken);
        var targets = hooks.Where(w => w.Events.Contains(e) && (w.Criteria?.Matches(role) ?? true)).ToList();
        if (targets.Count == 0)
        {
            return;
        }
        var coop = await session.LoadAsync<Coop>(role.CoopId, cancellationToken);
        var now = clock.GetUtcNow();
        var body = payloads.Body(e, role, coop, change.RecordedAt);
        foreach (var hook in targets)
        {
            session.Insert(new WebhookDelivery
            {
                // Derived from (change, endpoint): handling the same change again cannot queue a second message.
                Id = DeliveryId(change.Id, hook.Id), WebhookId = hook.Id, Event = e, RoleId = role.Id, Body = body,
                Status = DeliveryStatus.Pending, CreatedAt = now, NextAttemptAt = now,
            });
        }
    }

    private static Guid DeliveryId(Guid changeId, Guid webhookId)
    {
        Span<byte> both = stackalloc byte[32];
        changeId.TryWriteBytes(both[..16]);
        webhookId.TryWriteBytes(both[16..]);
        return new Guid(System.Security.Cryptography.SHA256.HashData(both).AsSpan(0, 16));
    }
}
