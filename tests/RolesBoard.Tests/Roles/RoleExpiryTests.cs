using System.Globalization;
using System.Text.Json.Nodes;
using RolesBoard.Tests.Alerts;
using RolesBoard.Tests.Infrastructure;
using StandardWebhooks;

namespace RolesBoard.Tests.Roles;

/// <summary>A role whose validThrough passes is closed for real: webhooks hear ROLE_CLOSED, once, and alerts leave it out.</summary>
[Collection(nameof(AlertsCollection))]
public sealed class RoleExpiryTests(AlertsApp app) : WebhookReceiverTests
{
    protected override MailApp Board => app;

    [Fact]
    public async Task ARolePastItsValidThroughIsAnnouncedClosedOnceBySignedWebhook()
    {
        var coop = await app.RegisterCoopAsync("Outlandish", "https://outlandish.com");
        var created = (await app.GraphQLAsync("""
            mutation($input: WebhookInput!) { createWebhook(input: $input) { secret errors { code } } }
            """, new { input = new { url = Receiver.Url, events = new[] { "ROLE_OPENED", "ROLE_CLOSED" } } }, coop.ApiKey))["data"]!["createWebhook"]!;
        Assert.Empty(created.Codes());
        var today = app.Clock.GetUtcNow().UtcDateTime.Date;
        var roleId = await app.PostRoleIdAsync(coop.ApiKey, new
        {
            title = "Python developer", description = "Python for a co-op.", skills = new[] { "Python" }, remote = "REMOTE",
            validThrough = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
        Assert.Equal("role.opened", JsonNode.Parse((await Receiver.WaitForAsync(1))[0].Body)!["type"]!.GetValue<string>());

        app.Clock.AdvanceTo(new DateTimeOffset(today.AddDays(1).AddSeconds(1), TimeSpan.Zero));
        var closed = (await Receiver.WaitForAsync(2))[1];

        // Signed by the library's own rule; its Verify would also hold the timestamp to the real clock, which this
        // host's clock has left a day behind, so the signature is recomputed and compared instead.
        var timestamp = DateTimeOffset.FromUnixTimeSeconds(long.Parse(closed.Headers["webhook-timestamp"].ToString(), CultureInfo.InvariantCulture));
        var signature = new StandardWebhook(created["secret"]!.GetValue<string>()).Sign(closed.Headers["webhook-id"].ToString(), timestamp, closed.Body);
        Assert.Contains(signature, closed.Headers["webhook-signature"].ToString().Split(' '));
        var body = JsonNode.Parse(closed.Body)!;
        Assert.Equal("role.closed", body["type"]!.GetValue<string>());
        Assert.Equal(roleId, body["data"]!["id"]!.GetValue<string>());
        var role = (await app.GraphQLAsync("query($id: ID!) { role(id: $id) { status } }", new { id = roleId }))["data"]!["role"]!;
        Assert.Equal("CLOSED", role["status"]!.GetValue<string>());
        // The job keeps running: the closed role is not announced again.
        await Alerting.QuietPeriodAsync();
        Assert.Equal(2, Receiver.Requests.Count);
    }

    [Fact]
    public async Task AnExpiredRoleIsLeftOutOfTheDigestThatFollows()
    {
        var seeker = await app.ConfirmedSeekerAsync(Seekers.Ana(p => p["email"] = "expiry@example.org"));
        var saved = await app.SaveSearchAsync(seeker, new { name = "Python", filter = new { skills = new[] { "Python" } }, frequency = "DAILY" });
        var due = DateTimeOffset.Parse(saved["savedSearch"]!["nextDigestAt"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        var coop = await app.RegisterCoopAsync("Outlandish", "https://outlandish.com");
        var today = app.Clock.GetUtcNow().UtcDateTime.Date;
        await app.PostRoleIdAsync(coop.ApiKey, new
        {
            title = "Expiring Python role", description = "Python for a co-op.", skills = new[] { "Python" }, remote = "REMOTE",
            validThrough = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
        await app.PostRoleIdAsync(coop.ApiKey, Alerting.PythonRole("Lasting Python role"));
        await Alerting.QuietPeriodAsync();

        var expiry = new DateTimeOffset(today.AddDays(1).AddSeconds(1), TimeSpan.Zero);
        app.Clock.AdvanceTo((due > expiry ? due : expiry).AddSeconds(1));
        var digest = Assert.Single(await app.Smtp.WaitForAsync("expiry@example.org"));
        Assert.Contains("Lasting Python role", digest.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Expiring Python role", digest.TextBody, StringComparison.Ordinal);
    }
}
