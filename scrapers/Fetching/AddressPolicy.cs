using System.Net;
using System.Net.Sockets;

namespace RolesBoard.Scrapers.Fetching;

/// <summary>
/// Which resolved addresses a scraper may connect to. A URL from a co-op's profile must never reach the
/// machine itself, the cloud metadata service or anything on the private network behind it (SSRF).
/// </summary>
public static class AddressPolicy
{
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return IsPublic(address.MapToIPv4());
        }
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => IsPublicV4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => IsPublicV6(address),
            _ => false,
        };
    }

    private static bool IsPublicV4(byte[] b) => !(
        b[0] == 0                                   // "this network", including 0.0.0.0
        || b[0] == 10                               // private
        || b[0] == 127                              // loopback
        || (b[0] == 100 && b[1] is >= 64 and <= 127) // carrier-grade NAT, shared address space
        || (b[0] == 169 && b[1] == 254)             // link-local, home of cloud metadata services
        || (b[0] == 172 && b[1] is >= 16 and <= 31) // private
        || (b[0] == 192 && b[1] == 168)             // private
        || (b[0] == 192 && b[1] == 0 && b[2] == 0)  // IETF protocol assignments
        || (b[0] == 198 && b[1] is 18 or 19)        // benchmarking
        || (b[0] == 168 && b[1] == 63 && b[2] == 129 && b[3] == 16) // Azure's WireServer: metadata outside link-local
        || b[0] >= 224);                            // multicast, reserved and 255.255.255.255 broadcast

    private static bool IsPublicV6(IPAddress address)
    {
        var b = address.GetAddressBytes();
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.IPv6None) || address.IsIPv6LinkLocal
            || address.IsIPv6SiteLocal || address.IsIPv6Multicast || address.IsIPv6UniqueLocal)
        {
            return false;
        }
        // NAT64 (64:ff9b::/96 well-known, 64:ff9b:1::/48 local use) reaches IPv4 through a gateway that may sit inside
        // the network, whatever IPv4 address is inside: refused whole.
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b)
        {
            return false;
        }
        // Forms that carry an IPv4 address inside: IPv4-compatible (::a.b.c.d), 6to4 (2002::/16).
        if (b.Take(12).All(x => x == 0))
        {
            return IsPublicV4(b[12..16]);
        }
        return b[0] == 0x20 && b[1] == 0x02 ? IsPublicV4(b[2..6]) : true;
    }
}
