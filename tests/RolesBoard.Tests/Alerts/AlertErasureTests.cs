using System.Text.Json.Nodes;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using RolesBoard.Api.Alerts;
using RolesBoard.Api.Mail;
using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Alerts;

[Collection(nameof(AlertsCollection))]
public sealed class AlertErasureTests(AlertsApp app) : IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await app.ResetAsync();
        app.Smtp.Clear();
        app.Smtp.Refusing = false;
    }

    public Task DisposeAsync()
    {
        app.Smtp.Refusing = false;
        return Task.CompletedTask;
    }

    [Fact]
    public async Task ExportIncludesAlertsAndMailAndDeletingTheProfileErasesAlertsPendingMailAndTokens()
    {
        var seeker = await app.ConfirmedSeekerAsync(Seekers.Ana());
        await app.SaveSearchIdAsync(seeker, new { name = "Python jobs", filter = new { skills = new[] { "Python" } }, frequency = "INSTANT" });
        await app.SetMatchAlertAsync(seeker, new { minScore = 0.4, frequency = "DAILY" });
        var unsubscribe = await UnsubscribeTokenAsync(Guid.Parse(seeker.Id));
        // The mail server is down: the alert mail waits in the outbox when the profile is erased.
        app.Smtp.Refusing = true;
        var coop = await app.RegisterCoopAsync("Outlandish", "https://outlandish.com");
        await app.PostRoleIdAsync(coop.ApiKey, Alerting.PythonRole("Python developer"));
        await WaitUntilAsync(async () => await CountAsync<OutgoingMail>(m => m.Kind == "alert") > 0);

        var export = await app.GraphQLAsync("query($id: ID!) { exportProfile(id: $id) { json } }", new { id = seeker.Id }, seeker.Token);
        var json = JsonNode.Parse(export["data"]!["exportProfile"]!["json"]!.GetValue<string>())!;
        Assert.Equal("Python jobs", json["alerts"]!["savedSearches"]![0]!["name"]!.GetValue<string>());
        Assert.Equal(0.4, json["alerts"]!["matchAlert"]!["minScore"]!.GetValue<double>());
        Assert.NotNull(json["alerts"]!["emailConfirmation"]!["confirmedAt"]);
        Assert.Contains(json["mail"]!.AsArray(), m => m!["kind"]!.GetValue<string>() == "alert");
        Assert.DoesNotContain(unsubscribe, json.ToJsonString(), StringComparison.Ordinal);

        var deleted = await app.GraphQLAsync("mutation($id: ID!) { deleteProfile(id: $id) { errors { code } } }", new { id = seeker.Id }, seeker.Token);
        Assert.Empty(deleted["data"]!["deleteProfile"]!.Codes());

        var profileId = Guid.Parse(seeker.Id);
        Assert.Equal(0, await CountAsync<Alert>(a => a.ProfileId == profileId));
        Assert.Equal(0, await CountAsync<PendingAlertRole>(p => p.ProfileId == profileId));
        Assert.Equal(0, await CountAsync<EmailConfirmation>(c => c.Id == profileId));
        Assert.Equal(0, await CountAsync<OutgoingMail>(m => m.SubjectId == profileId));
        app.Smtp.Refusing = false;
        await Alerting.QuietPeriodAsync();
        Assert.Empty(app.Smtp.To("ana.sousa@example.org"));
        using var client = app.CreateClient();
        using var page = await client.GetAsync($"/unsubscribe?token={Uri.EscapeDataString(unsubscribe)}");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, page.StatusCode);
    }

    private async Task<string> UnsubscribeTokenAsync(Guid profileId)
    {
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return (await session.Query<Alert>().FirstAsync(a => a.ProfileId == profileId)).UnsubscribeToken;
    }

    private async Task<int> CountAsync<T>(System.Linq.Expressions.Expression<Func<T, bool>> where)
        where T : notnull
    {
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return await session.Query<T>().CountAsync(where);
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out");
            await Task.Delay(200);
        }
    }
}
