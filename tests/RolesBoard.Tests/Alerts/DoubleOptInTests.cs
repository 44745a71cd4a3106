using System.Net;
using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Alerts;

[Collection(nameof(AlertsCollection))]
public sealed class DoubleOptInTests(AlertsApp app) : IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await app.ResetAsync();
        app.Smtp.Clear();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task CreatingAProfileMailsOneConfirmationWhoseLinkConfirmsOnce()
    {
        await app.CreateProfileKeyAsync(Seekers.Ana());

        var mail = Assert.Single(await app.Smtp.WaitForAsync("ana.sousa@example.org"));
        Assert.Contains("Confirm", mail.Subject, StringComparison.Ordinal);
        var link = mail.Link("/confirm");
        Assert.StartsWith(MailApp.PublicUrl, link, StringComparison.Ordinal);
        using var client = app.CreateClient();
        using var first = await client.GetAsync(Mailboxes.Local(link));
        using var again = await client.GetAsync(Mailboxes.Local(link));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        await Alerting.QuietPeriodAsync();
        Assert.Single(app.Smtp.To("ana.sousa@example.org"));
    }

    [Fact]
    public async Task AConfirmationLinkExpires()
    {
        await app.CreateProfileKeyAsync(Seekers.Ana());
        var link = (await app.Smtp.WaitForAsync("ana.sousa@example.org")).Single().Link("/confirm");

        app.Clock.Advance(TimeSpan.FromHours(49));
        using var client = app.CreateClient();
        using var response = await client.GetAsync(Mailboxes.Local(link));

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
    }

    [Fact]
    public async Task ResendingIsRateLimited()
    {
        var seeker = await app.CreateProfileKeyAsync(Seekers.Ana());
        await app.Smtp.WaitForAsync("ana.sousa@example.org");
        const string resend = "mutation($id: ID!) { resendConfirmation(profileId: $id) { errors { code } } }";

        var tooSoon = await app.GraphQLAsync(resend, new { id = seeker.Id }, seeker.Token);
        app.Clock.Advance(TimeSpan.FromMinutes(16));
        var later = await app.GraphQLAsync(resend, new { id = seeker.Id }, seeker.Token);
        var anonymous = await app.GraphQLAsync(resend, new { id = seeker.Id });

        Assert.Equal(["RATE_LIMITED"], tooSoon["data"]!["resendConfirmation"]!.Codes());
        Assert.Empty(later["data"]!["resendConfirmation"]!.Codes());
        Assert.Equal(["UNAUTHENTICATED"], anonymous["data"]!["resendConfirmation"]!.Codes());
        await app.Smtp.WaitForAsync("ana.sousa@example.org", count: 2);
        await Alerting.QuietPeriodAsync();
        Assert.Equal(2, app.Smtp.To("ana.sousa@example.org").Count);
    }

    [Fact]
    public async Task ChangingTheAddressConfirmsAgainAndAlertsWaitForIt()
    {
        var seeker = await app.ConfirmedSeekerAsync(Seekers.Ana());
        await app.SaveSearchIdAsync(seeker, new { name = "Python", filter = new { skills = new[] { "Python" } }, frequency = "INSTANT" });
        var updated = await app.GraphQLAsync("mutation($id: ID!, $input: ProfileInput!) { updateProfile(id: $id, input: $input) { errors { code } } }",
            new { id = seeker.Id, input = Seekers.Ana(p => p["email"] = "ana@new.example.org") }, seeker.Token);
        Assert.Empty(updated["data"]!["updateProfile"]!.Codes());
        var confirmation = Assert.Single(await app.Smtp.WaitForAsync("ana@new.example.org"));

        var coop = await app.RegisterCoopAsync("Outlandish", "https://outlandish.com");
        await app.PostRoleIdAsync(coop.ApiKey, Alerting.PythonRole("Python developer"));
        await Alerting.QuietPeriodAsync();
        // Nothing but the confirmation reaches an address not yet confirmed, and nothing goes to the old one.
        Assert.Single(app.Smtp.To("ana@new.example.org"));
        Assert.Empty(app.Smtp.To("ana.sousa@example.org"));

        using var client = app.CreateClient();
        using var confirmed = await client.GetAsync(Mailboxes.Local(confirmation.Link("/confirm")));
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var alert = (await app.Smtp.WaitForAsync("ana@new.example.org", count: 2))[1];
        Assert.Contains("Python developer", alert.TextBody, StringComparison.Ordinal);
    }
}
