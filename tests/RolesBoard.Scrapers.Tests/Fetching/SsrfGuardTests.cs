using System.Net;
using System.Net.Sockets;
using RolesBoard.Scrapers.Fetching;

namespace RolesBoard.Scrapers.Tests.Fetching;

/// <summary>
/// A raw listener on loopback counts accepted connections: with the guard on, every spelling of a private address
/// must fail before a connection is even made, so not one byte reaches it.
/// </summary>
public sealed class SsrfGuardTests : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private int _accepted;

    public SsrfGuardTests()
    {
        _listener.Start();
        _ = AcceptAsync();
    }

    private int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                Interlocked.Increment(ref _accepted);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }
    }

    [Theory]
    [InlineData("http://localhost:{0}/")]
    [InlineData("http://127.0.0.1:{0}/")]
    [InlineData("http://127.1:{0}/")]
    [InlineData("http://2130706433:{0}/")]
    [InlineData("http://0x7f000001:{0}/")]
    [InlineData("http://[::1]:{0}/")]
    [InlineData("http://[::ffff:127.0.0.1]:{0}/")]
    [InlineData("http://10.0.0.1:{0}/")]
    [InlineData("http://169.254.169.254:{0}/latest/meta-data/")]
    public async Task RefusesPrivateAddressesBeforeAnyByteIsSent(string template)
    {
        using var fetcher = new PoliteFetcher(new FetchOptions { PerHostDelay = TimeSpan.Zero, RequestTimeout = TimeSpan.FromSeconds(2) });
        var result = await fetcher.FetchAsync(new Uri(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Port)));
        Assert.Equal(FetchStatus.Failed, result.Status);
        Assert.True(result.AddressRefused, result.Error);
        Assert.Contains("refused", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, Volatile.Read(ref _accepted));
    }

    [Theory]
    [InlineData("http://localhost:{0}/", "localhost")]
    [InlineData("http://127.0.0.1:{0}/", "127.0.0.1")]
    public async Task SaysNotAPublicAddressWithoutSayingWhichAddressANameResolvedTo(string template, string host)
    {
        using var fetcher = new PoliteFetcher(new FetchOptions { PerHostDelay = TimeSpan.Zero, RequestTimeout = TimeSpan.FromSeconds(2) });
        var result = await fetcher.FetchAsync(new Uri(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Port)));
        Assert.Equal($"refused to connect to {host}: not a public address", result.Error);
    }

    [Fact]
    public async Task ConnectsWhenPrivateNetworkIsExplicitlyAllowed()
    {
        using var fetcher = new PoliteFetcher(new FetchOptions { AllowPrivateNetwork = true, PerHostDelay = TimeSpan.Zero, RequestTimeout = TimeSpan.FromMilliseconds(500) });
        await fetcher.FetchAsync(new Uri($"http://127.0.0.1:{Port}/"));
        Assert.True(Volatile.Read(ref _accepted) > 0);
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _listener.Dispose();
        _stop.Dispose();
    }
}
