using GraphQL.Types;
using RolesBoard.Api.Alerts;
using RolesBoard.Api.Roles;

namespace RolesBoard.Api.Webhooks;

/// <summary>A site's (or co-op's) subscription: role events POSTed to its URL, signed as Standard Webhooks says.</summary>
public sealed class Webhook
{
    public Guid Id { get; set; }
    /// <summary>The co-op or partner whose key created it; only that key sees or deletes it.</summary>
    public Guid OwnerId { get; set; }
    public string Url { get; set; } = "";
    public List<WebhookEvent> Events { get; set; } = [];
    public RoleFilter? Filter { get; set; }
    public SearchCriteria? Criteria { get; set; }
    /// <summary>Empty for webhooks made since secrets are protected; a webhook made before held its plain "whsec_" secret here
    /// until <see cref="PlainSecretProtection"/> encrypted it at start-up.</summary>
    public string Secret { get; set; } = "";
    /// <summary>The signing secret ("whsec_" + base64 key) encrypted with <see cref="WebhookSecrets"/>: every delivery is signed with it, so it is kept, not hashed.</summary>
    public string? ProtectedSecret { get; set; }
    /// <summary>Where notices about the endpoint go (disabled after failures).</summary>
    public string? ContactEmail { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DisabledAt { get; set; }
    public string? DisabledReason { get; set; }
}

public enum WebhookEvent
{
    RoleOpened,
    RoleUpdated,
    RoleClosed,
}

public sealed class WebhookEventType : EnumerationGraphType<WebhookEvent>
{
    public WebhookEventType() => Name = "WebhookEvent";
}

/// <summary>A partner site the administrator issued a key to: it may create webhooks, nothing else.</summary>
public sealed class Partner
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public string Email { get; set; } = "";
    public string KeyHash { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>One message to one endpoint, with its retries. Its id is the webhook-id header, the same on every attempt.</summary>
public sealed class WebhookDelivery
{
    public Guid Id { get; set; }
    public Guid WebhookId { get; set; }
    public WebhookEvent Event { get; set; }
    public Guid RoleId { get; set; }
    /// <summary>The JSON body, fixed when the event happened, so every attempt sends (and signs) the same bytes.</summary>
    public string Body { get; set; } = "";
    public DeliveryStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? NextAttemptAt { get; set; }
    public DateTimeOffset? LastAttemptAt { get; set; }
    public int? ResponseCode { get; set; }
    public string? LastError { get; set; }

    public string MessageId => $"msg_{Id:N}";
}

public enum DeliveryStatus
{
    Pending,
    Delivered,
    Failed,
}
