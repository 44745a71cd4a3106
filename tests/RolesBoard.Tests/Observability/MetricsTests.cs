using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Observability;

/// <summary>
/// A host started for this class alone. Its exporter listens to the "RolesBoard" meter by name, so it also takes in
/// the same instruments of every other host in the test process, and a stream it shares with a host that is then
/// disposed goes with that host: in one process for the whole suite, the shared host's start-up build had left
/// /metrics by the time this test read it. A fresh host's streams carry its own start-up build.
/// </summary>
public sealed class MeteredApp : RolesBoardApp;

public sealed class MetricsTests(MeteredApp app) : IClassFixture<MeteredApp>
{

    [Fact]
    public async Task MetricsShowTheMatchIndexAndTheRequestsServed()
    {
        using var measured = new HostMeasurements(app.Services);
        var coop = await app.RegisterCoopAsync("Outlandish", "https://outlandish.example.coop");
        await app.PostRoleIdAsync(coop.ApiKey, new { title = "Backend developer", description = "Django", skills = new[] { "Python" } });
        await app.PostRoleIdAsync(coop.ApiKey, new { title = "Designer", description = "Figma", skills = new[] { "Figma" } });
        await app.CreateProfileKeyAsync(Seekers.Ana(p => p["visibleToCoops"] = true));

        var text = await app.MetricsAsync();

        Assert.Equal((2.0, 1.0), (measured.Current("rolesboard.match_index.roles"), measured.Current("rolesboard.match_index.profiles")));
        Assert.NotNull(Metrics.Sample(text, "rolesboard_match_index_roles"));
        Assert.NotNull(Metrics.Sample(text, "rolesboard_match_index_profiles"));
        Assert.True(Metrics.Sample(text, "rolesboard_match_index_build_duration_seconds_count") >= 1);
        Assert.True(Metrics.Sample(text, "http_server_request_duration_seconds_count", "http_route=\"/graphql\"", "http_response_status_code=\"200\"") >= 4);
        Assert.NotNull(Metrics.Sample(text, "db_client_operation_duration_seconds_count"));
    }
}
