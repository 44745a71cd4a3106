using RolesBoard.Scrapers.Fetching;

namespace RolesBoard.Api.Webhooks;

/// <summary>
/// POSTs one signed delivery. The scrapers' SSRF guard sits on the socket connect of every attempt (after DNS, so a
/// name re-pointed at a private address between attempts is still refused); no redirects are followed; 15 s and a
/// response's status only (its body is never read, its headers capped at 16 KB). Every outcome becomes a result, never an exception.
/// </summary>
public sealed class WebhookSender : IDisposable
{
    private readonly HttpClient _client;
    private readonly WebhookSettings _settings;

    public WebhookSender(WebhookSettings settings)
    {
        _settings = settings;
        var guard = new GuardedConnector(settings.AllowPrivateNetwork);
        _client = new HttpClient(new SocketsHttpHandler
        {
            ConnectCallback = guard.ConnectAsync,
            AllowAutoRedirect = false,
            UseCookies = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(1),
            // Only the status counts: the body is never read, and headers are capped.
            MaxResponseHeadersLength = 16,
        })
        { Timeout = settings.Timeout };
    }

    public sealed record Outcome(bool Delivered, int? StatusCode, string? Error);

    public async Task<Outcome> SendAsync(string url, string messageId, string secret, string body, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var timestamp = at.ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("webhook-id", messageId);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", WebhookSigner.Sign(secret, messageId, timestamp, body));
        request.Headers.UserAgent.ParseAdd("RolesBoard-Webhooks/1.0");
        try
        {
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var code = (int)response.StatusCode;
            return response.IsSuccessStatusCode
                ? new Outcome(true, code, null)
                : new Outcome(false, code, code is >= 300 and < 400 ? "redirects are not followed" : $"HTTP {code}");
        }
        catch (HttpRequestException e) when (e.InnerException is RefusedAddressException refused)
        {
            return new Outcome(false, null, refused.Message);
        }
        catch (HttpRequestException e)
        {
            return new Outcome(false, (int?)e.StatusCode, e.Message);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new Outcome(false, null, $"no answer within {_settings.Timeout.TotalSeconds:0} s");
        }
    }

    public void Dispose() => _client.Dispose();

    /// <summary>A URL a webhook may have: absolute https (or http), no credentials in it.</summary>
    public static string? Problem(string url) =>
        !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")
            ? "The URL must be an absolute https:// (or http://) address."
            : uri.UserInfo.Length > 0 ? "Put no credentials in the URL: verify our signature instead."
            : url.Length > 2000 ? "The URL is too long." : null;
}
