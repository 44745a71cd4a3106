using System.Net;
using RolesBoard.Scrapers.Fetching;

namespace RolesBoard.Scrapers.Tests.Fetching;

public sealed class AddressPolicyTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.1.2.3")]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("100.64.0.1")]
    [InlineData("169.254.169.254")]
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("fe80::1")]
    [InlineData("fc00::1")]
    [InlineData("fd12:3456::1")]
    [InlineData("ff02::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("::ffff:169.254.169.254")]
    [InlineData("64:ff9b::a9fe:a9fe")]
    [InlineData("2002:7f00:1::")]
    public void RefusesNonPublicAddresses(string address) => Assert.False(AddressPolicy.IsPublic(IPAddress.Parse(address)));

    /// <summary>Azure's WireServer (a metadata endpoint outside link-local) and NAT64, which reaches IPv4 through a gateway
    /// that may sit inside the network: the well-known prefix even for a public IPv4 inside, and the local-use /48.</summary>
    [Theory]
    [InlineData("168.63.129.16")]
    [InlineData("::ffff:168.63.129.16")]
    [InlineData("64:ff9b::5db8:d70e")]
    [InlineData("64:ff9b::93.184.215.14")]
    [InlineData("64:ff9b:1::1")]
    [InlineData("64:ff9b:1:ffff::5db8:d70e")]
    public void RefusesCloudEndpointsAndNat64Prefixes(string address) => Assert.False(AddressPolicy.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData("93.184.215.14")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("2a00:1450:4009:81f::200e")]
    [InlineData("::ffff:93.184.215.14")]
    public void AllowsPublicAddresses(string address) => Assert.True(AddressPolicy.IsPublic(IPAddress.Parse(address)));
}
