using RolesBoard.Api.Webhooks;
using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Webhooks;

/// <summary>Without the test-only setting, the connect-time guard refuses loopback and private addresses on every attempt.</summary>
public sealed class WebhookSsrfTests
{
    [Theory]
    [InlineData("http://127.0.0.1:{port}/hook")]
    [InlineData("http://localhost:{port}/hook")]
    [InlineData("http://[::1]:{port}/hook")]
    public async Task DeliveriesToLoopbackAreRefusedBeforeAByteIsSent(string template)
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var port = new Uri(receiver.Url).Port;
        using var sender = new WebhookSender(new WebhookSettings { AllowPrivateNetwork = false });

        var outcome = await sender.SendAsync(template.Replace("{port}", port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal),
            "msg_1", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "{}", DateTimeOffset.UtcNow, CancellationToken.None);

        Assert.False(outcome.Delivered);
        Assert.Contains("refused", outcome.Error, StringComparison.Ordinal);
        Assert.Empty(receiver.Requests);
    }

    [Fact]
    public async Task ARedirectIsNotFollowed()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Answer = _ => System.Net.HttpStatusCode.RedirectKeepVerb;
        using var sender = new WebhookSender(new WebhookSettings { AllowPrivateNetwork = true });

        var outcome = await sender.SendAsync(receiver.Url, "msg_1", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "{}", DateTimeOffset.UtcNow, CancellationToken.None);

        Assert.False(outcome.Delivered);
        Assert.Single(receiver.Requests);
    }
}
