using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using RolesBoard.Api.Health;
using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Health;

/// <summary>`RolesBoard.Api healthcheck`, the container's HEALTHCHECK, against the board served by Kestrel on loopback.</summary>
[Collection(nameof(BoardCollection))]
public sealed class ReadinessProbeTests(RolesBoardApp app)
{
    [Fact]
    public async Task TheHealthcheckCommandPassesOnlyWhenTheBoardAnswersReady()
    {
        await using var served = new AppOnSchema(app.Schema, app.ConnectionString);
        served.UseKestrel(0);
        served.StartServer();
        await served.MatchIndexBuiltAsync();
        var origin = served.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        Assert.Equal(0, await ReadinessProbe.RunAsync(["healthcheck", $"{origin}/health/ready"]));
        Assert.Equal(1, await ReadinessProbe.RunAsync(["healthcheck", $"{origin}/no-such-page"]));
        Assert.Equal(1, await ReadinessProbe.RunAsync(["healthcheck", $"http://127.0.0.1:{ClosedPort()}/health/ready"]));
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
