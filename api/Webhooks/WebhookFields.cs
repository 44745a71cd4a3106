using GraphQL;
using GraphQL.Types;
using RolesBoard.Api.GraphQL;

namespace RolesBoard.Api.Webhooks;

public static class WebhookFields
{
    public static void AddWebhookQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<WebhookType>>>>("webhooks")
            .Description("The caller's own webhooks (a verified co-op's or a partner's key).")
            .ResolveAsync(async c => await Get(c).ListAsync(c.CancellationToken));
        query.Field<NonNullGraphType<WebhookDeliveryConnectionType>>("webhookDeliveries")
            .Description("A webhook's deliveries, newest first: status, attempts, response code, next attempt.")
            .Argument<NonNullGraphType<IdGraphType>>("webhookId")
            .Argument<IntGraphType>("first")
            .Argument<StringGraphType>("after")
            .ResolveAsync(async c => await Get(c).DeliveriesAsync(Ids.From(c, "webhookId"), c.GetArgument<int?>("first"), c.GetArgument<string?>("after"), c.CancellationToken));
    }

    public static void AddWebhookMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CreateWebhookPayloadType>>("createWebhook")
            .Description("Subscribe a URL to role events (a verified co-op's or a partner's key); the secret is shown once.")
            .Argument<NonNullGraphType<WebhookInputType>>("input")
            .ResolveAsync(async c => await Get(c).CreateAsync(c.GetArgument<WebhookInput>("input"), c.CancellationToken));
        mutation.Field<NonNullGraphType<DeletePayloadType>>("deleteWebhook")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await Get(c).DeleteAsync(Ids.From(c), c.CancellationToken));
        mutation.Field<NonNullGraphType<WebhookDeliveryPayloadType>>("redeliverWebhook")
            .Description("Send a delivery again now, with the same webhook-id; re-enables a disabled endpoint.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await Get(c).RedeliverAsync(Ids.From(c), c.CancellationToken));
        mutation.Field<NonNullGraphType<IssuePartnerKeyPayloadType>>("issuePartnerKey")
            .Description("Issue a partner site a key for webhooks (administrator).")
            .Argument<NonNullGraphType<PartnerInputType>>("input")
            .ResolveAsync(async c => await Get(c).IssuePartnerKeyAsync(c.GetArgument<PartnerInput>("input"), c.CancellationToken));
    }

    private static WebhookCommands Get(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<WebhookCommands>();
}
