using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using RolesBoard.Api.Storage;

namespace RolesBoard.Api.ReverseProxy;

/// <summary>
/// Behind a reverse proxy, the connection comes from the proxy: X-Forwarded-For/-Proto/-Host carry the client's
/// address and the public origin. They are believed only from the proxies named in ROLESBOARD_KNOWN_PROXIES
/// (addresses or CIDR networks, comma-separated; loopback when unset), since anyone else could forge them to dodge
/// the per-address rate limit or to put another host in our links.
/// </summary>
public static class ReverseProxyExtensions
{
    public static IServiceCollection AddReverseProxy(this IServiceCollection services, IConfiguration configuration)
    {
        var known = KnownProxies.Parse(configuration["ROLESBOARD_KNOWN_PROXIES"]);
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            // Walk back through any chain of our own proxies, stopping at the first address that is not one of them.
            options.ForwardLimit = null;
            if (known.Count > 0)
            {
                options.KnownProxies.Clear();
                options.KnownIPNetworks.Clear();
                foreach (var network in known)
                {
                    options.KnownIPNetworks.Add(network);
                }
            }
        });
        return services;
    }

    public static WebApplication UseReverseProxy(this WebApplication app)
    {
        app.UseForwardedHeaders();
        return app;
    }
}

/// <summary>ROLESBOARD_KNOWN_PROXIES: "10.0.0.5, 172.18.0.0/16"; a bad entry stops start-up with one line.</summary>
public static class KnownProxies
{
    public static IReadOnlyList<System.Net.IPNetwork> Parse(string? setting)
    {
        var networks = new List<System.Net.IPNetwork>();
        foreach (var entry in (setting ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (System.Net.IPNetwork.TryParse(entry, out var network))
            {
                networks.Add(network);
            }
            else if (IPAddress.TryParse(entry, out var address))
            {
                networks.Add(new System.Net.IPNetwork(address, address.GetAddressBytes().Length * 8));
            }
            else
            {
                throw new StartupException($"ROLESBOARD_KNOWN_PROXIES: '{entry}' is not an IP address or a CIDR network (e.g. 10.0.0.5 or 172.18.0.0/16).");
            }
        }
        return networks;
    }
}
