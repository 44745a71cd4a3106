using System.Net;
using System.Net.Http.Headers;

namespace RolesBoard.Scrapers.Fetching;

/// <summary>
/// Fetches pages the way a site owner would accept: identified, robots.txt obeyed on every hop, one request at a
/// time per host with a pause, conditional GETs, bounded time, size and redirects. It never retries around a
/// refusal (403, CAPTCHA, firewall): a site that says no gets no.
/// </summary>
public sealed class PoliteFetcher : IDisposable
{
    private readonly HttpClient _client;
    private readonly FetchOptions _options;
    private readonly bool _ownsClient;
    private readonly HostThrottle _throttle;
    private readonly RobotsCache _robots;

    /// <summary>A fetcher with its own guarded handler.</summary>
    public PoliteFetcher(FetchOptions options)
        : this(new HttpClient(ScraperHttpHandler.Create(options)), options, ownsClient: true)
    {
    }

    /// <summary>A fetcher over a client the application configured; its primary handler should come from
    /// <see cref="ScraperHttpHandler.Create"/> so the SSRF guard and manual redirects are in place.</summary>
    public PoliteFetcher(HttpClient client, FetchOptions options)
        : this(client, options, ownsClient: false)
    {
    }

    private PoliteFetcher(HttpClient client, FetchOptions options, bool ownsClient)
    {
        _client = client;
        _options = options;
        _ownsClient = ownsClient;
        _throttle = new HostThrottle(options.Time);
        _robots = new RobotsCache(options, (url, ct) => FollowAsync(url, null, checkRobots: false, ct));
    }

    public FetchOptions Options => _options;

    public Task<FetchResult> FetchAsync(Uri url, ConditionalHeaders? conditional = null, CancellationToken ct = default) =>
        FollowAsync(url, conditional, checkRobots: true, ct);

    private async Task<FetchResult> FollowAsync(Uri url, ConditionalHeaders? conditional, bool checkRobots, CancellationToken ct)
    {
        var current = url;
        for (var hop = 0; hop <= _options.MaxRedirects; hop++)
        {
            if (!current.IsAbsoluteUri || current.Scheme is not ("http" or "https"))
            {
                return FetchResult.Failed(current, $"not an http(s) URL: {current}");
            }
            var delay = _options.PerHostDelay;
            if (checkRobots)
            {
                var (robots, refusal) = await _robots.GetAsync(current, ct);
                if (refusal is not null)
                {
                    return refusal; // the address itself is refused: say so, not "robots.txt disallows"
                }
                if (!robots.IsAllowed(_options.RobotsProductToken, current.PathAndQuery))
                {
                    return new FetchResult(FetchStatus.Disallowed, current, Error: $"robots.txt disallows {current}");
                }
                delay = Max(delay, Min(robots.CrawlDelay(_options.RobotsProductToken) ?? TimeSpan.Zero, _options.MaxCrawlDelay));
            }
            var (result, redirectTo) = await SendOnceAsync(current, conditional, delay, ct);
            if (redirectTo is null)
            {
                return result!;
            }
            current = redirectTo;
        }
        return FetchResult.Failed(current, $"more than {_options.MaxRedirects} redirects, starting at {url}");
    }

    private async Task<(FetchResult? Result, Uri? RedirectTo)> SendOnceAsync(Uri url, ConditionalHeaders? conditional, TimeSpan delay, CancellationToken ct)
    {
        using var lease = await _throttle.EnterAsync(url.Authority, delay, ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_options.RequestTimeout);
        try
        {
            using var request = BuildRequest(url, conditional);
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            return await InterpretAsync(url, response, timeout.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return (FetchResult.Failed(url, $"no complete answer from {url.Host} within {_options.RequestTimeout.TotalSeconds:0.#} s"), null);
        }
        catch (HttpRequestException e)
        {
            var refused = e.InnerException as RefusedAddressException ?? e.InnerException?.InnerException as RefusedAddressException;
            return (refused is null
                ? FetchResult.Failed(url, $"could not fetch {url}: {e.Message}")
                : new FetchResult(FetchStatus.Failed, url, Error: refused.Message, AddressRefused: true), null);
        }
    }

    private HttpRequestMessage BuildRequest(Uri url, ConditionalHeaders? conditional)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.UserAgent.ParseAdd(_options.UserAgent);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/json,application/xml;q=0.9,*/*;q=0.8");
        if (conditional?.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
        {
            request.Headers.IfNoneMatch.Add(tag);
        }
        request.Headers.IfModifiedSince = conditional?.LastModified;
        return request;
    }

    private async Task<(FetchResult? Result, Uri? RedirectTo)> InterpretAsync(Uri url, HttpResponseMessage response, CancellationToken ct)
    {
        var code = (int)response.StatusCode;
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return (new FetchResult(FetchStatus.NotModified, url, StatusCode: code), null);
        }
        if (code is >= 300 and < 400 && response.Headers.Location is { } location)
        {
            return (null, new Uri(url, location));
        }
        if (!response.IsSuccessStatusCode)
        {
            return (FetchResult.Failed(url, $"HTTP {code} from {url}", code), null);
        }
        var text = await ResponseReader.ReadCappedAsync(response.Content, _options.MaxResponseBytes, ct);
        if (text is null)
        {
            return (FetchResult.Failed(url, $"response from {url} is larger than {_options.MaxResponseBytes} bytes", code), null);
        }
        return (new FetchResult(FetchStatus.Ok, url, text, response.Content.Headers.ContentType?.MediaType,
            response.Headers.ETag?.ToString(), response.Content.Headers.LastModified, StatusCode: code), null);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    public void Dispose()
    {
        if (_ownsClient)
        {
            _client.Dispose();
        }
    }
}
