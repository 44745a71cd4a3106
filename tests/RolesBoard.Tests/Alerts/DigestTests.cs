using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Alerts;

/// <summary>Digests at 08:00 in the seeker's zone (Tokyo here, UTC+9 all year: 23:00 UTC the day before).</summary>
[Collection(nameof(AlertsCollection))]
public sealed class DigestTests(AlertsApp app) : IAsyncLifetime
{
    private const string Email = "kenji@example.org";
    private static readonly TimeZoneInfo Tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

    public async Task InitializeAsync()
    {
        await app.ResetAsync();
        app.Smtp.Clear();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<(Seekers.SeekerKey Seeker, string CoopKey, DateTimeOffset Due)> DigestAsync(string frequency)
    {
        var seeker = await app.ConfirmedSeekerAsync(Seekers.Ana(p =>
        {
            p["email"] = Email;
            p["timeZone"] = "Asia/Tokyo";
        }));
        var saved = await app.SaveSearchAsync(seeker, new { name = "Python", filter = new { skills = new[] { "Python" } }, frequency });
        var due = DateTimeOffset.Parse(saved["savedSearch"]!["nextDigestAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        var coop = await app.RegisterCoopAsync("Outlandish", "https://outlandish.com");
        return (seeker, coop.ApiKey, due);
    }

    private static void AssertEightInTokyo(DateTimeOffset due)
    {
        var local = TimeZoneInfo.ConvertTime(due, Tokyo);
        Assert.Equal((8, 0), (local.Hour, local.Minute));
    }

    [Fact]
    public async Task ADailyDigestListsEverythingNewOnceAtEightLocalAndNothingWhenNothingIsNew()
    {
        var (_, coop, due) = await DigestAsync("DAILY");
        AssertEightInTokyo(due);
        Assert.True(due - app.Clock.GetUtcNow() <= TimeSpan.FromDays(1));

        await app.PostRoleIdAsync(coop, Alerting.PythonRole("First Python role"));
        await app.PostRoleIdAsync(coop, Alerting.PythonRole("Second Python role"));
        await app.PostRoleIdAsync(coop, Alerting.HaskellRole("Compiler engineer"));
        await Alerting.QuietPeriodAsync();
        Assert.Empty(app.Smtp.To(Email));

        app.Clock.AdvanceTo(due.AddSeconds(1));
        var digest = Assert.Single(await app.Smtp.WaitForAsync(Email));
        Assert.Contains("2 new roles", digest.Subject, StringComparison.Ordinal);
        Assert.Contains("First Python role", digest.TextBody, StringComparison.Ordinal);
        Assert.Contains("Second Python role", digest.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Compiler engineer", digest.TextBody, StringComparison.Ordinal);

        // A day with nothing new: no mail at all.
        app.Clock.AdvanceTo(due.AddDays(1).AddSeconds(1));
        await Alerting.QuietPeriodAsync();
        Assert.Single(app.Smtp.To(Email));

        // The next day: only what is new since the last digest (the high-water mark), never the first two again.
        await app.PostRoleIdAsync(coop, Alerting.PythonRole("Third Python role"));
        await Alerting.QuietPeriodAsync();
        app.Clock.AdvanceTo(due.AddDays(2).AddSeconds(1));
        var next = (await app.Smtp.WaitForAsync(Email, count: 2))[1];
        Assert.Contains("Third Python role", next.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("First Python role", next.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARoleClosedBeforeTheDigestIsLeftOutAndOnlyClosedRolesSendNothing()
    {
        var (_, coop, due) = await DigestAsync("DAILY");
        var closing = await app.PostRoleIdAsync(coop, Alerting.PythonRole("Closed before the digest"));
        await app.PostRoleIdAsync(coop, Alerting.PythonRole("Still open"));
        await Alerting.QuietPeriodAsync();
        await app.GraphQLAsync("mutation($id: ID!) { closeRole(id: $id) { errors { code } } }", new { id = closing }, coop);

        app.Clock.AdvanceTo(due.AddSeconds(1));
        var digest = Assert.Single(await app.Smtp.WaitForAsync(Email));
        Assert.Contains("Still open", digest.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Closed before the digest", digest.TextBody, StringComparison.Ordinal);

        var alsoClosing = await app.PostRoleIdAsync(coop, Alerting.PythonRole("Closed too"));
        await Alerting.QuietPeriodAsync();
        await app.GraphQLAsync("mutation($id: ID!) { closeRole(id: $id) { errors { code } } }", new { id = alsoClosing }, coop);
        app.Clock.AdvanceTo(due.AddDays(1).AddSeconds(1));
        await Alerting.QuietPeriodAsync();
        Assert.Single(app.Smtp.To(Email));
    }

    [Fact]
    public async Task AWeeklyDigestWaitsForMondayMorningInTheSeekersZone()
    {
        var (_, coop, due) = await DigestAsync("WEEKLY");
        AssertEightInTokyo(due);
        Assert.Equal(DayOfWeek.Monday, TimeZoneInfo.ConvertTime(due, Tokyo).DayOfWeek);

        await app.PostRoleIdAsync(coop, Alerting.PythonRole("Python developer"));
        app.Clock.AdvanceTo(due.AddSeconds(-30));
        await Alerting.QuietPeriodAsync();
        Assert.Empty(app.Smtp.To(Email));

        app.Clock.Advance(TimeSpan.FromSeconds(31));
        var digest = Assert.Single(await app.Smtp.WaitForAsync(Email));
        Assert.Contains("Python developer", digest.TextBody, StringComparison.Ordinal);
    }
}
