using System.Net;
using System.Text.Json.Nodes;
using RolesBoard.Tests.Alerts;
using RolesBoard.Tests.Infrastructure;
using StandardWebhooks;

namespace RolesBoard.Tests.Webhooks;

[Collection(nameof(WebhooksCollection))]
public sealed class WebhookDeliveryTests(WebhooksApp app) : WebhookReceiverTests
{
    protected override MailApp Board => app;

    private async Task<(string Id, string Secret)> CreateWebhookAsync(string key, object input)
    {
        var body = await app.GraphQLAsync("""
            mutation($input: WebhookInput!) { createWebhook(input: $input) { webhook { id } secret errors { field code message } } }
            """, new { input }, key);
        var payload = body["data"]!["createWebhook"]!;
        Assert.Empty(payload.Codes());
        return (payload["webhook"]!["id"]!.GetValue<string>(), payload["secret"]!.GetValue<string>());
    }

    private async Task<JsonNode> DeliveriesAsync(string key, string webhookId) =>
        (await app.GraphQLAsync("query($id: ID!) { webhookDeliveries(webhookId: $id) { totalCount nodes { messageId event status attempts responseCode nextAttemptAt } } }",
            new { id = webhookId }, key))["data"]!["webhookDeliveries"]!;

    [Fact]
    public async Task OpeningAndClosingARoleAreDeliveredSignedAsStandardWebhooksSays()
    {
        var coop = await app.RegisterCoopAsync("Outlandish", "https://outlandish.com");
        var (_, secret) = await CreateWebhookAsync(coop.ApiKey, new { url = Receiver.Url, events = new[] { "ROLE_OPENED", "ROLE_CLOSED" } });
        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);

        var roleId = await app.PostRoleIdAsync(coop.ApiKey, Alerting.PythonRole("Python developer"));
        var opened = (await Receiver.WaitForAsync(1))[0];
        await app.GraphQLAsync("mutation($id: ID!) { closeRole(id: $id) { errors { code } } }", new { id = roleId }, coop.ApiKey);
        var closed = (await Receiver.WaitForAsync(2))[1];

        var verifier = new StandardWebhook(secret);
        verifier.Verify(opened.Body, opened.Headers);
        verifier.Verify(closed.Body, closed.Headers);
        var body = JsonNode.Parse(opened.Body)!;
        Assert.Equal("role.opened", body["type"]!.GetValue<string>());
        Assert.Equal(roleId, body["data"]!["id"]!.GetValue<string>());
        Assert.Equal("Python developer", body["data"]!["title"]!.GetValue<string>());
        Assert.Equal("outlandish", body["data"]!["coop"]!["slug"]!.GetValue<string>());
        Assert.Equal($"{MailApp.PublicUrl}/roles/{roleId}", body["data"]!["url"]!.GetValue<string>());
        Assert.Equal("role.closed", JsonNode.Parse(closed.Body)!["type"]!.GetValue<string>());
        Assert.NotEqual(opened.Headers["webhook-id"].ToString(), closed.Headers["webhook-id"].ToString());
    }

    [Fact]
    public async Task ATamperedBodyFailsTheLibrarysVerification()
    {
        var coop = await app.RegisterCoopAsync("Outlandish", "https://outlandish.com");
        var (_, secret) = await CreateWebhookAsync(coop.ApiKey, new { url = Receiver.Url, events = new[] { "ROLE_OPENED" } });
        await app.PostRoleIdAsync(coop.ApiKey, Alerting.PythonRole("Python developer"));
        var request = (await Receiver.WaitForAsync(1))[0];

        Assert.ThrowsAny<Exception>(() => new StandardWebhook(secret).Verify(request.Body.Replace("Python", "Cobol", StringComparison.Ordinal), request.Headers));
        Assert.ThrowsAny<Exception>(() => new StandardWebhook(WebhookSecretOfSomeoneElse).Verify(request.Body, request.Headers));
    }

    private const string WebhookSecretOfSomeoneElse = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    [Fact]
    public async Task OnlyEventsAndRolesTheFilterAsksForAreDelivered()
    {
        var coop = await app.RegisterCoopAsync("Outlandish", "https://outlandish.com");
        await CreateWebhookAsync(coop.ApiKey, new { url = Receiver.Url, events = new[] { "ROLE_OPENED" }, filter = new { skills = new[] { "Python" } } });

        var haskell = await app.PostRoleIdAsync(coop.ApiKey, Alerting.HaskellRole("Compiler engineer"));
        await app.GraphQLAsync("mutation($id: ID!) { closeRole(id: $id) { errors { code } } }", new { id = haskell }, coop.ApiKey);
        var python = await app.PostRoleIdAsync(coop.ApiKey, Alerting.PythonRole("Python developer"));

        var request = (await Receiver.WaitForAsync(1))[0];
        await Alerting.QuietPeriodAsync();
        Assert.Single(Receiver.Requests);
        Assert.Equal(python, JsonNode.Parse(request.Body)!["data"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task AFailedDeliveryIsRetriedWithTheSameWebhookIdUntilItIsAccepted()
    {
        Receiver.Answer = n => n < 2 ? HttpStatusCode.InternalServerError : HttpStatusCode.NoContent;
        var coop = await app.RegisterCoopAsync("Outlandish", "https://outlandish.com");
        var (webhookId, secret) = await CreateWebhookAsync(coop.ApiKey, new { url = Receiver.Url, events = new[] { "ROLE_OPENED" } });

        await app.PostRoleIdAsync(coop.ApiKey, Alerting.PythonRole("Python developer"));
        var requests = await Receiver.WaitForAsync(3);
        await Alerting.QuietPeriodAsync();

        Assert.Equal(3, Receiver.Requests.Count);
        Assert.Single(requests.Select(r => r.Headers["webhook-id"].ToString()).Distinct());
        foreach (var request in requests)
        {
            new StandardWebhook(secret).Verify(request.Body, request.Headers);
        }
        var delivery = (await DeliveriesAsync(coop.ApiKey, webhookId))["nodes"]![0]!;
        Assert.Equal("DELIVERED", delivery["status"]!.GetValue<string>());
        Assert.Equal(3, delivery["attempts"]!.GetValue<int>());
        Assert.Equal(204, delivery["responseCode"]!.GetValue<int>());
    }

    [Fact]
    public async Task AnEndpointThatFailsEveryRetryIsDisabledItsOwnerMailedAndRedeliveryRevivesIt()
    {
        Receiver.Answer = _ => HttpStatusCode.ServiceUnavailable;
        var coop = await app.RegisterCoopAsync("Outlandish", "https://outlandish.com");
        var (webhookId, _) = await CreateWebhookAsync(coop.ApiKey, new { url = Receiver.Url, events = new[] { "ROLE_OPENED" }, contactEmail = "tech@outlandish.example" });

        await app.PostRoleIdAsync(coop.ApiKey, Alerting.PythonRole("First role"));
        // The test schedule is two retries: three attempts in all, then the endpoint is disabled.
        var notice = Assert.Single(await app.Smtp.WaitForAsync("tech@outlandish.example"));
        Assert.Contains("disabled", notice.Subject, StringComparison.Ordinal);
        Assert.Equal(3, Receiver.Requests.Count);
        var hooks = await app.GraphQLAsync("{ webhooks { id disabledAt } }", bearer: coop.ApiKey);
        Assert.NotNull(hooks["data"]!["webhooks"]![0]!["disabledAt"]!.GetValue<string>());

        await app.PostRoleIdAsync(coop.ApiKey, Alerting.PythonRole("Second role"));
        await Alerting.QuietPeriodAsync();
        Assert.Equal(3, Receiver.Requests.Count);

        Receiver.Answer = _ => HttpStatusCode.OK;
        var failedId = (await app.GraphQLAsync("query($id: ID!) { webhookDeliveries(webhookId: $id) { nodes { id status } } }", new { id = webhookId }, coop.ApiKey))
            ["data"]!["webhookDeliveries"]!["nodes"]!.AsArray().Single(n => n!["status"]!.GetValue<string>() == "FAILED")!["id"]!.GetValue<string>();
        var redelivered = await app.GraphQLAsync("mutation($id: ID!) { redeliverWebhook(id: $id) { delivery { status } errors { code } } }", new { id = failedId }, coop.ApiKey);
        Assert.Empty(redelivered["data"]!["redeliverWebhook"]!.Codes());
        await Receiver.WaitForAsync(4);
        Assert.Equal(Receiver.Requests[0].Headers["webhook-id"].ToString(), Receiver.Requests[3].Headers["webhook-id"].ToString());
    }

    [Fact]
    public async Task OnlyAVerifiedCoopOrAnIssuedPartnerKeyMayCreateWebhooksAndEachSeesItsOwn()
    {
        var unverified = await app.RegisterCoopAsync("Newcomer", "https://newcomer.example", verify: false);
        var verified = await app.RegisterCoopAsync("Outlandish", "https://outlandish.com");
        const string create = "mutation($input: WebhookInput!) { createWebhook(input: $input) { webhook { id } errors { code } } }";
        var input = new { input = new { url = "https://partner.example/hook", events = new[] { "ROLE_OPENED" } } };

        Assert.Equal(["UNAUTHENTICATED"], (await app.GraphQLAsync(create, input))["data"]!["createWebhook"]!.Codes());
        Assert.Equal(["FORBIDDEN"], (await app.GraphQLAsync(create, input, unverified.ApiKey))["data"]!["createWebhook"]!.Codes());
        var issued = await app.GraphQLAsync("mutation { issuePartnerKey(input: { name: \"Co-op jobs\", email: \"ops@partner.example\" }) { key errors { code } } }",
            bearer: RolesBoardApp.AdminKey);
        var partnerKey = issued["data"]!["issuePartnerKey"]!["key"]!.GetValue<string>();
        Assert.Empty((await app.GraphQLAsync(create, input, partnerKey))["data"]!["createWebhook"]!.Codes());
        Assert.Empty((await app.GraphQLAsync(create, input, verified.ApiKey))["data"]!["createWebhook"]!.Codes());

        var partners = (await app.GraphQLAsync("{ webhooks { id } }", bearer: partnerKey))["data"]!["webhooks"]!.AsArray();
        var coops = (await app.GraphQLAsync("{ webhooks { id } }", bearer: verified.ApiKey))["data"]!["webhooks"]!.AsArray();
        Assert.Single(partners);
        Assert.Single(coops);
        var theirs = partners[0]!["id"]!.GetValue<string>();
        var deleted = await app.GraphQLAsync("mutation($id: ID!) { deleteWebhook(id: $id) { errors { code } } }", new { id = theirs }, verified.ApiKey);
        Assert.Equal(["NOT_FOUND"], deleted["data"]!["deleteWebhook"]!.Codes());
    }
}
