using Marten;
using RolesBoard.Api.Mail;

namespace RolesBoard.Api.Webhooks;

/// <summary>
/// One attempt of one delivery, and its bookkeeping in one transaction: delivered; or failed with the next attempt
/// on the schedule; or, when the schedule is spent, failed for good, with the endpoint disabled and its owner told.
/// </summary>
public sealed class WebhookDeliverer(
    IDocumentStore store, WebhookSender sender, WebhookSettings settings, MailOutbox outbox, MailSettings links, WebhookMetrics metrics, WebhookSecrets secrets, TimeProvider clock)
{
    public async Task AttemptAsync(Guid deliveryId, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        var delivery = await session.LoadAsync<WebhookDelivery>(deliveryId, cancellationToken);
        var webhook = delivery is null ? null : await session.LoadAsync<Webhook>(delivery.WebhookId, cancellationToken);
        if (delivery is null || webhook is null || delivery.Status != DeliveryStatus.Pending || webhook.DisabledAt is not null)
        {
            return;
        }
        var now = clock.GetUtcNow();
        var outcome = await sender.SendAsync(webhook.Url, delivery.MessageId, secrets.Reveal(webhook), delivery.Body, now, cancellationToken);
        var attempt = delivery.Attempts + 1;
        await OutcomeRecorder.RecordAsync(() => RecordAsync(delivery, webhook, outcome, attempt, now), cancellationToken);
    }

    private async Task RecordAsync(WebhookDelivery delivery, Webhook webhook, WebhookSender.Outcome outcome, int attempt, DateTimeOffset now)
    {
        await using var session = store.LightweightSession();
        delivery.Attempts = attempt;
        delivery.LastAttemptAt = now;
        delivery.ResponseCode = outcome.StatusCode;
        delivery.LastError = outcome.Error;
        if (outcome.Delivered)
        {
            delivery.Status = DeliveryStatus.Delivered;
            delivery.NextAttemptAt = null;
            metrics.Delivered();
        }
        else if (settings.Backoff(delivery.Attempts) is { } wait)
        {
            delivery.NextAttemptAt = now + wait;
            metrics.Failed();
        }
        else
        {
            delivery.Status = DeliveryStatus.Failed;
            delivery.NextAttemptAt = null;
            Disable(session, webhook, delivery, now);
            metrics.Failed();
            metrics.Disabled();
        }
        session.Update(delivery);
        await session.SaveChangesAsync(CancellationToken.None);
    }

    private void Disable(IDocumentSession session, Webhook webhook, WebhookDelivery delivery, DateTimeOffset now)
    {
        webhook.DisabledAt = now;
        webhook.DisabledReason = $"Message {delivery.MessageId} failed {delivery.Attempts} times; last: {delivery.LastError}";
        session.Update(webhook);
        if (webhook.ContactEmail is { Length: > 0 } to)
        {
            var docs = links.Link("/docs/webhooks");
            outbox.Queue(session, new MailDraft(to, "RolesBoard disabled your webhook",
                $"Deliveries to {webhook.Url} kept failing ({webhook.DisabledReason}), so RolesBoard stopped sending to it.\n\n"
                + $"Fix the endpoint, then call redeliverWebhook with a failed delivery's id to re-enable it and resend. See {docs}\n",
                null, "webhook-disabled"));
        }
    }
}
