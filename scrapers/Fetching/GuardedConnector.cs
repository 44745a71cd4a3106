using System.Net;
using System.Net.Sockets;

namespace RolesBoard.Scrapers.Fetching;

/// <summary>
/// The SSRF guard, placed where it cannot be bypassed: the socket connect of every request, every redirect hop
/// included, after DNS resolution (so a public name pointing at 127.0.0.1 is caught too) and before any byte is sent.
/// </summary>
public sealed class GuardedConnector(bool allowPrivateNetwork)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, ct);
        if (!allowPrivateNetwork && addresses.Any(a => !AddressPolicy.IsPublic(a)))
        {
            // Refuse the whole name: connecting to its other addresses would let DNS answers pick the target. The
            // message never names the address: it reaches co-ops in scrape runs and would map the private network.
            throw new RefusedAddressException($"refused to connect to {host}: not a public address");
        }
        if (addresses.Length == 0)
        {
            throw new RefusedAddressException($"{host} did not resolve to any address");
        }
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}

/// <summary>The guard refused an address; the request was never sent.</summary>
public sealed class RefusedAddressException(string message) : IOException(message);
