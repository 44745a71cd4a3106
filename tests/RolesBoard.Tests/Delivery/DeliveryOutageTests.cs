using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using RolesBoard.Tests.Alerts;
using RolesBoard.Tests.Infrastructure;
using Xunit.Abstractions;

namespace RolesBoard.Tests.Delivery;

/// <summary>The mail and webhook host over a cluster of its own, which the test stops in the middle of a fan-out.</summary>
public sealed class DeliveryOutageApp : MailApp
{
    protected override bool OwnsCluster => true;

    protected override void ConfigureMoreSettings(IWebHostBuilder builder)
    {
        builder.UseSetting("Webhooks:AllowPrivateNetwork", "true");
        builder.UseSetting("Webhooks:PollSeconds", "1");
        builder.UseSetting("Webhooks:RetrySeconds", "1,2,4,8,16");
        builder.UseSetting("Alerts:PollSeconds", "1");
        builder.UseSetting("Scheduling:MisfireSeconds", "2");
        builder.UseSetting("Scheduling:MisfireCheckSeconds", "2");
    }
}

public sealed class DeliveryOutageTests(DeliveryOutageApp app, ITestOutputHelper output) : IClassFixture<DeliveryOutageApp>
{
    private const int Roles = 30;
    private const string Email = "ana.sousa@example.org";

    [Fact]
    public async Task StoppingPostgreSqlDuringAFanOutLosesNoAlertOrWebhookAndSendsNoneTwice()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Delay = TimeSpan.FromMilliseconds(150);
        var seeker = await app.ConfirmedSeekerAsync(Seekers.Ana());
        await app.SaveSearchIdAsync(seeker, new { name = "Python", filter = new { skills = new[] { "Python" } }, frequency = "INSTANT" });
        var coop = await app.RegisterCoopAsync("Outlandish", "https://outlandish.com");
        var hook = await app.GraphQLAsync("mutation($input: WebhookInput!) { createWebhook(input: $input) { errors { code } } }",
            new { input = new { url = receiver.Url, events = new[] { "ROLE_OPENED" } } }, coop.ApiKey);
        Assert.Empty(hook["data"]!["createWebhook"]!.Codes());
        var posted = new List<string>();
        for (var n = 0; n < Roles; n++)
        {
            posted.Add(await app.PostRoleIdAsync(coop.ApiKey, Alerting.PythonRole($"Python role {n:00}")));
        }

        // Mid-delivery: some webhooks are out, the rest (and the alert mail) are still being worked on.
        await receiver.WaitForAsync(3);
        await app.Cluster!.StopAsync();
        output.WriteLine($"stopped with {receiver.Requests.Count} webhook requests and {app.Smtp.To(Email).Count} mails received");
        await Task.Delay(TimeSpan.FromSeconds(4));
        await app.Cluster.RestartAsync();

        await receiver.WaitForAsync(Roles, TimeSpan.FromSeconds(150));
        await WaitForTitlesAsync(TimeSpan.FromSeconds(150));
        await Task.Delay(TimeSpan.FromSeconds(5));

        var requests = receiver.Requests;
        output.WriteLine($"{requests.Count} webhook requests; {app.Smtp.To(Email).Count} alert mails");
        Assert.Equal(Roles, requests.Count);
        Assert.Equal(Roles, requests.Select(r => r.Headers["webhook-id"].ToString()).Distinct().Count());
        Assert.Equal(posted.Order(), requests.Select(r => JsonNode.Parse(r.Body)!["data"]!["id"]!.GetValue<string>()).Order());
        var titles = Titles();
        Assert.Equal(Roles, titles.Count);
        Assert.All(titles.GroupBy(t => t), g => Assert.Single(g));
        var mails = app.Smtp.To(Email);
        Assert.Equal(mails.Count, mails.Select(m => m.MessageId).Distinct().Count());
    }

    private List<string> Titles() => app.Smtp.To(Email)
        .SelectMany(m => Regex.Matches(m.TextBody ?? "", @"Python role \d\d").Select(x => x.Value))
        .ToList();

    private async Task WaitForTitlesAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (Titles().Distinct().Count() < Roles)
        {
            Assert.True(DateTime.UtcNow < deadline, $"only {Titles().Distinct().Count()} of {Roles} roles were mailed");
            await Task.Delay(250);
        }
    }
}
