using Marten;
using RolesBoard.Api.Alerts;
using RolesBoard.Api.Auth;
using RolesBoard.Api.Coops;
using RolesBoard.Api.GraphQL;

namespace RolesBoard.Api.Webhooks;

public sealed class WebhookInput
{
    public string Url { get; set; } = "";
    public List<WebhookEvent> Events { get; set; } = [];
    public Roles.RoleFilter? Filter { get; set; }
    public string? ContactEmail { get; set; }
}

public sealed record PartnerInput(string Name, string Email);

/// <summary>Create, list, delete webhooks and redeliver a message, each for the key that owns them.</summary>
public sealed class WebhookCommands(IDocumentSession session, WebhookOwner owners, Caller caller, WebhookSettings settings, WebhookSecrets secrets, TimeProvider clock)
{
    public async Task<Payload<Webhook>> CreateAsync(WebhookInput input, CancellationToken cancellationToken)
    {
        var (owner, code, message) = await owners.ResolveAsync("createWebhook", cancellationToken);
        if (owner is null)
        {
            return Payload<Webhook>.Fail("", code!, message!);
        }
        if (WebhookSender.Problem(input.Url) is { } problem)
        {
            return Payload<Webhook>.Fail("input.url", "INVALID_URL", problem);
        }
        if (input.Events.Count == 0)
        {
            return Payload<Webhook>.Fail("input.events", "INVALID", "Name at least one event.");
        }
        if (await session.Query<Webhook>().CountAsync(w => w.OwnerId == owner.Id, cancellationToken) >= settings.MaxPerOwner)
        {
            return Payload<Webhook>.Fail("", "LIMIT_REACHED", $"A key holds at most {settings.MaxPerOwner} webhooks.");
        }
        Guid? coopId = null;
        if (!string.IsNullOrWhiteSpace(input.Filter?.Coop))
        {
            var slug = input.Filter.Coop.Trim().ToLowerInvariant();
            coopId = (await session.Query<Coop>().FirstOrDefaultAsync(c => c.Slug == slug, cancellationToken))?.Id;
            if (coopId is null)
            {
                return Payload<Webhook>.Fail("input.filter.coop", "NOT_FOUND", $"No co-op has the slug '{input.Filter.Coop}'.");
            }
        }
        var (criteria, error) = SearchCriteria.From(input.Filter, coopId);
        if (error is not null)
        {
            return Payload<Webhook>.Fail([error]);
        }
        var webhook = new Webhook
        {
            Id = Guid.NewGuid(), OwnerId = owner.Id, Url = input.Url, Events = [.. input.Events.Distinct()], Filter = input.Filter, Criteria = criteria,
            ContactEmail = input.ContactEmail?.Trim() ?? owner.Email, CreatedAt = clock.GetUtcNow(),
        };
        var secret = secrets.Issue(webhook);
        session.Store(webhook);
        await session.SaveChangesAsync(cancellationToken);
        return Payload<Webhook>.Ok(webhook, secret);
    }

    public async Task<Payload<Deleted>> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var (webhook, code, message) = await OwnAsync(id, "deleteWebhook", cancellationToken);
        if (webhook is null)
        {
            return Payload<Deleted>.Fail("id", code!, message!);
        }
        session.HardDeleteWhere<WebhookDelivery>(d => d.WebhookId == id);
        session.HardDelete<Webhook>(id);
        await session.SaveChangesAsync(cancellationToken);
        return Payload<Deleted>.Ok(new Deleted(id));
    }

    public async Task<IReadOnlyList<Webhook>> ListAsync(CancellationToken cancellationToken)
    {
        var (owner, code, message) = await owners.ResolveAsync("webhooks", cancellationToken);
        if (owner is null)
        {
            throw new global::GraphQL.ExecutionError(message!) { Code = code };
        }
        return await session.Query<Webhook>().Where(w => w.OwnerId == owner.Id).OrderBy(w => w.CreatedAt).ToListAsync(cancellationToken);
    }

    public async Task<Connection<WebhookDelivery>> DeliveriesAsync(Guid webhookId, int? first, string? after, CancellationToken cancellationToken)
    {
        var (webhook, code, message) = await OwnAsync(webhookId, "webhookDeliveries", cancellationToken);
        if (webhook is null)
        {
            throw new global::GraphQL.ExecutionError(message!) { Code = code };
        }
        var size = PageSize.Check(first);
        var query = session.Query<WebhookDelivery>().Where(d => d.WebhookId == webhookId);
        if (Cursor.TryDecode(after, out var key, out var afterId) && long.TryParse(key, out var ticks))
        {
            var at = new DateTimeOffset(ticks, TimeSpan.Zero);
            query = query.Where(d => d.CreatedAt < at || (d.CreatedAt == at && d.Id != afterId));
        }
        var total = await session.Query<WebhookDelivery>().CountAsync(d => d.WebhookId == webhookId, cancellationToken);
        var rows = await query.OrderByDescending(d => d.CreatedAt).Take(size + 1).ToListAsync(cancellationToken);
        var edges = rows.Take(size).Select(d => new Edge<WebhookDelivery>(Cursor.Encode(d.CreatedAt.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture), d.Id), d)).ToList();
        return new Connection<WebhookDelivery>(edges, new PageInfo(rows.Count > size, after is not null, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor), total);
    }

    /// <summary>Sends a message again now (same webhook-id), and re-enables its endpoint if failures had disabled it.</summary>
    public async Task<Payload<WebhookDelivery>> RedeliverAsync(Guid deliveryId, CancellationToken cancellationToken)
    {
        var delivery = await session.LoadAsync<WebhookDelivery>(deliveryId, cancellationToken);
        var (webhook, code, message) = await OwnAsync(delivery?.WebhookId ?? Guid.Empty, "redeliverWebhook", cancellationToken);
        if (delivery is null || webhook is null)
        {
            return Payload<WebhookDelivery>.Fail("id", code ?? "NOT_FOUND", message ?? "No delivery has that id.");
        }
        delivery.Status = DeliveryStatus.Pending;
        delivery.NextAttemptAt = clock.GetUtcNow();
        webhook.DisabledAt = null;
        webhook.DisabledReason = null;
        session.Store(delivery);
        session.Store(webhook);
        await session.SaveChangesAsync(cancellationToken);
        return Payload<WebhookDelivery>.Ok(delivery);
    }

    /// <summary>The administrator issues a partner site its key (shown once).</summary>
    public async Task<Payload<Partner>> IssuePartnerKeyAsync(PartnerInput input, CancellationToken cancellationToken)
    {
        if (!caller.IsAdmin)
        {
            return caller.Secret is null ? Payload<Partner>.Unauthenticated("issuePartnerKey") : Payload<Partner>.Forbidden("Only the administrator issues partner keys.");
        }
        if (string.IsNullOrWhiteSpace(input.Name) || !input.Email.Contains('@', StringComparison.Ordinal))
        {
            return Payload<Partner>.Fail("input", "INVALID", "Give the partner's name and contact e-mail.");
        }
        var key = Secrets.New("rbk");
        var partner = new Partner { Id = Guid.NewGuid(), Name = input.Name.Trim(), Email = input.Email.Trim(), KeyHash = Secrets.Hash(key), CreatedAt = clock.GetUtcNow() };
        session.Store(partner);
        await session.SaveChangesAsync(cancellationToken);
        return Payload<Partner>.Ok(partner, key);
    }

    private async Task<(Webhook?, string?, string?)> OwnAsync(Guid id, string operation, CancellationToken cancellationToken)
    {
        var (owner, code, message) = await owners.ResolveAsync(operation, cancellationToken);
        if (owner is null)
        {
            return (null, code, message);
        }
        var webhook = await session.LoadAsync<Webhook>(id, cancellationToken);
        // Someone else's webhook is answered as missing: its existence is not the caller's business.
        return webhook is null || webhook.OwnerId != owner.Id ? (null, "NOT_FOUND", "No webhook of yours has that id.") : (webhook, null, null);
    }
}
