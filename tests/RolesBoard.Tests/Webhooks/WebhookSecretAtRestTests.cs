using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RolesBoard.Api.Webhooks;
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

    [Fact]
    public async Task AWebhookStoredWithAPlainSecretBeforeProtectionIsEncryptedAtStartAndStillSigns()
    {
        var coop = await app.RegisterCoopAsync("Code Operative", "https://codeoperative.co.uk");
        // As the version before protection stored it: the plain secret in the document, nothing protected.
        var secret = "whsec_" + Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24));
        var store = app.Services.GetRequiredService<IDocumentStore>();
        await using (var session = store.LightweightSession())
        {
            session.Store(new Webhook
            {
                Id = Guid.NewGuid(), OwnerId = Guid.Parse(coop.Id), Url = Receiver.Url, Events = [WebhookEvent.RoleOpened],
                Secret = secret, ContactEmail = "tech@codeoperative.co.uk", CreatedAt = DateTimeOffset.UtcNow,
            });
            await session.SaveChangesAsync();
        }
        Assert.NotEmpty(await app.PlacesHoldingAsync(secret["whsec_".Length..]));

        // What a (re)start runs, twice: the second finds nothing left to protect.
        var protection = app.Services.GetServices<IHostedService>().OfType<PlainSecretProtection>().Single();
        Assert.Equal(1, await protection.ProtectAllAsync(CancellationToken.None));
        Assert.Equal(0, await protection.ProtectAllAsync(CancellationToken.None));

        Assert.Empty(await app.PlacesHoldingAsync(secret["whsec_".Length..]));
        await app.PostRoleIdAsync(coop.ApiKey, Alerting.PythonRole("Python developer"));
        var delivery = (await Receiver.WaitForAsync(1))[0];
        new StandardWebhook(secret).Verify(delivery.Body, delivery.Headers);
    }
}
