using Marten;
using Microsoft.Extensions.DependencyInjection;
using RolesBoard.Api.Roles;
using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Alerts;

[Collection(nameof(AlertsCollection))]
public sealed class InstantAlertTests(AlertsApp app) : IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await app.ResetAsync();
        app.Smtp.Clear();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task AnInstantSavedSearchMailsAMatchingRoleWithinSecondsWithOneClickUnsubscribe()
    {
        var seeker = await app.ConfirmedSeekerAsync(Seekers.Ana());
        await app.SaveSearchIdAsync(seeker, new { name = "Python jobs", filter = new { skills = new[] { "Python" } }, frequency = "INSTANT" });
        var coop = await app.RegisterCoopAsync("Outlandish", "https://outlandish.com");

        await app.PostRoleIdAsync(coop.ApiKey, Alerting.HaskellRole("Compiler engineer"));
        var roleId = await app.PostRoleIdAsync(coop.ApiKey, Alerting.PythonRole("Python developer"));

        var mail = Assert.Single(await app.Smtp.WaitForAsync("ana.sousa@example.org"));
        Assert.Contains("Python developer", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"{MailApp.PublicUrl}/roles/{roleId}", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Compiler engineer", mail.TextBody, StringComparison.Ordinal);
        Assert.Matches("^<https://rolesboard.test/unsubscribe\\?token=[^>]+>$", mail.Headers["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", mail.Headers["List-Unsubscribe-Post"]);
        Assert.Contains("/alerts?token=", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARoleWrittenByAnyFeatureAsScrapingDoesAlertsToo()
    {
        var seeker = await app.ConfirmedSeekerAsync(Seekers.Ana());
        await app.SaveSearchIdAsync(seeker, new { name = "Python", filter = new { skills = new[] { "Python" } }, frequency = "INSTANT" });
        var coop = await app.RegisterCoopAsync("Outlandish", "https://outlandish.com");

        // Ingestion stores scraped roles in its own session, as here: the change is recorded the same way.
        await using (var session = app.Services.GetRequiredService<IDocumentStore>().LightweightSession())
        {
            session.Store(new Role
            {
                Id = Guid.NewGuid(), CoopId = Guid.Parse(coop.Id), Title = "Scraped Python role", Skills = ["Python"], Source = RoleSource.Scraped,
                DatePosted = app.Clock.GetUtcNow(), CreatedAt = app.Clock.GetUtcNow(),
            });
            await session.SaveChangesAsync();
        }

        var mail = Assert.Single(await app.Smtp.WaitForAsync("ana.sousa@example.org"));
        Assert.Contains("Scraped Python role", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMatchAlertMailsRolesThatFitAboveItsThresholdOnly()
    {
        var seeker = await app.ConfirmedSeekerAsync(Seekers.Ana());
        await app.SetMatchAlertAsync(seeker, new { minScore = 0.5, frequency = "INSTANT" });
        var coop = await app.RegisterCoopAsync("Outlandish", "https://outlandish.com");

        await app.PostRoleIdAsync(coop.ApiKey, Alerting.HaskellRole("Compiler engineer"));
        await app.PostRoleIdAsync(coop.ApiKey, new { title = "Backend developer", description = "Python, Django and Postgres.", skills = new[] { "Python", "Django", "Postgres" }, remote = "REMOTE" });

        var mail = Assert.Single(await app.Smtp.WaitForAsync("ana.sousa@example.org"));
        Assert.Contains("Backend developer", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Compiler engineer", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneClickUnsubscribeStopsTheAlertWithoutALoginAndAGetOnlyAsks()
    {
        var seeker = await app.ConfirmedSeekerAsync(Seekers.Ana());
        await app.SaveSearchIdAsync(seeker, new { name = "Python", filter = new { skills = new[] { "Python" } }, frequency = "INSTANT" });
        var coop = await app.RegisterCoopAsync("Outlandish", "https://outlandish.com");
        await app.PostRoleIdAsync(coop.ApiKey, Alerting.PythonRole("First Python role"));
        var mail = Assert.Single(await app.Smtp.WaitForAsync("ana.sousa@example.org"));
        var unsubscribe = Mailboxes.Local(mail.Headers["List-Unsubscribe"]!.Trim('<', '>'));
        using var client = app.CreateClient();

        using (var page = await client.GetAsync(unsubscribe))
        {
            Assert.Contains("<form method=\"post\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        Assert.Single((await SavedSearchesAsync(seeker)).AsArray());
        using var oneClick = await client.PostAsync(unsubscribe, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        Assert.True(oneClick.IsSuccessStatusCode);
        Assert.Empty((await SavedSearchesAsync(seeker)).AsArray());

        app.Smtp.Clear();
        await app.PostRoleIdAsync(coop.ApiKey, Alerting.PythonRole("Second Python role"));
        await Alerting.QuietPeriodAsync();
        Assert.Empty(app.Smtp.To("ana.sousa@example.org"));
    }

    private async Task<System.Text.Json.Nodes.JsonNode> SavedSearchesAsync(Seekers.SeekerKey seeker) =>
        (await app.GraphQLAsync("query($id: ID!) { savedSearches(profileId: $id) { id } }", new { id = seeker.Id }, seeker.Token))["data"]!["savedSearches"]!;
}
