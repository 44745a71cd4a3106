using GraphQL.Types;
using RolesBoard.Api.GraphQL;
using RolesBoard.Api.Roles;

namespace RolesBoard.Api.Webhooks;

public sealed class WebhookInputType : InputObjectGraphType<WebhookInput>
{
    public WebhookInputType()
    {
        Name = "WebhookInput";
        Field(i => i.Url).Description("Where role events are POSTed: https, reachable from the internet.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WebhookEventType>>>>("events");
        Field<RoleFilterType>("filter").Description("Only roles this filter lists (as `roles` would).");
        Field(i => i.ContactEmail, nullable: true).Description("Who is told if the endpoint is disabled after failures (a partner's address by default).");
    }
}

public sealed class PartnerInputType : InputObjectGraphType<PartnerInput>
{
    public PartnerInputType()
    {
        Name = "PartnerInput";
        Field(i => i.Name);
        Field(i => i.Email);
    }
}

public sealed class WebhookType : ObjectGraphType<Webhook>
{
    public WebhookType()
    {
        Name = "Webhook";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(w => w.Url);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WebhookEventType>>>>("events").Resolve(c => c.Source.Events);
        Field(w => w.ContactEmail, nullable: true);
        Field(w => w.CreatedAt);
        Field(w => w.DisabledAt, nullable: true).Description("Set when every retry of a message failed; redeliverWebhook re-enables.");
        Field(w => w.DisabledReason, nullable: true);
    }
}

public sealed class WebhookDeliveryStatusType : EnumerationGraphType<DeliveryStatus>
{
    public WebhookDeliveryStatusType() => Name = "WebhookDeliveryStatus";
}

public sealed class WebhookDeliveryType : ObjectGraphType<WebhookDelivery>
{
    public WebhookDeliveryType()
    {
        Name = "WebhookDelivery";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("messageId").Description("The webhook-id header, the same on every attempt.").Resolve(c => c.Source.MessageId);
        Field<NonNullGraphType<WebhookEventType>>("event").Resolve(c => c.Source.Event);
        Field<NonNullGraphType<IdGraphType>>("roleId").Resolve(c => c.Source.RoleId);
        Field<NonNullGraphType<WebhookDeliveryStatusType>>("status").Resolve(c => c.Source.Status);
        Field(d => d.Attempts);
        Field(d => d.ResponseCode, nullable: true);
        Field(d => d.LastError, nullable: true);
        Field(d => d.CreatedAt);
        Field(d => d.LastAttemptAt, nullable: true);
        Field(d => d.NextAttemptAt, nullable: true);
    }
}

public sealed class WebhookDeliveryConnectionType() : ConnectionType<WebhookDelivery, WebhookDeliveryType>("WebhookDelivery");

public sealed class CreateWebhookPayloadType() : PayloadType<Webhook, WebhookType>(
    "CreateWebhookPayload", "webhook", "secret", "The signing secret (whsec_…), shown once: verify every delivery with it.");

public sealed class WebhookDeliveryPayloadType() : PayloadType<WebhookDelivery, WebhookDeliveryType>("WebhookDeliveryPayload", "delivery");

public sealed class PartnerType : ObjectGraphType<Partner>
{
    public PartnerType()
    {
        Name = "Partner";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(p => p.Name);
    }
}

public sealed class IssuePartnerKeyPayloadType() : PayloadType<Partner, PartnerType>("IssuePartnerKeyPayload", "partner", "key", "The partner's key, shown once.");
