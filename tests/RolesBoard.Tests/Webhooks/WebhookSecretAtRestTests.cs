using RolesBoard.Tests.Alerts;
using RolesBoard.Tests.Infrastructure;
using StandardWebhooks;

namespace RolesBoard.Tests.Webhooks;

/// <summary>A webhook's signing secret is shown once and stored only encrypted; deliveries are still signed with it.</summary>
[Collection(nameof(WebhooksCollection))]
public sealed class WebhookSecretAtRestTests(WebhooksApp app) : WebhookReceiverTests
{
    protected override MailApp Board => app;

    [Fact]
    public async Task TheDatabaseHoldsNoPlainSecretAndDeliveriesStillVerifyWithTheLibrary()
    {
        var coop = await app.RegisterCoopAsync("Outlandish", "https://outlandish.com");
        var payload = (await app.GraphQLAsync("""
            mutation($input: WebhookInput!) { createWebhook(input: $input) { webhook { id } secret errors { code } } }
            """, new { input = new { url = Receiver.Url, events = new[] { "ROLE_OPENED" } } }, coop.ApiKey))["data"]!["createWebhook"]!;
        Assert.Empty(payload.Codes());
        var secret = payload["secret"]!.GetValue<string>();

        Assert.Empty(await app.PlacesHoldingAsync(secret["whsec_".Length..]));
        var listed = await app.GraphQLAsync("{ webhooks { id url } }", null, coop.ApiKey);
        Assert.DoesNotContain(secret["whsec_".Length..], listed.ToJsonString(), StringComparison.Ordinal);

        await app.PostRoleIdAsync(coop.ApiKey, Alerting.PythonRole("Python developer"));
        var delivery = (await Receiver.WaitForAsync(1))[0];
        new StandardWebhook(secret).Verify(delivery.Body, delivery.Headers);
    }
}
