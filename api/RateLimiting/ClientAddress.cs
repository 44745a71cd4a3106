using System.Net;
using System.Net.Sockets;

namespace RolesBoard.Api.RateLimiting;

/// <summary>
/// The bucket a client's address counts in. An IPv4 address is one client; an IPv6 client usually holds a whole /64
/// (2^64 addresses to rotate through), so IPv6 is counted by its /64 prefix.
/// </summary>
public static class ClientAddress
{
    public static string Key(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    public static string Key(HttpContext http) => Key(http.Connection.RemoteIpAddress);
}
