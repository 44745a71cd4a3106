using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Observability;

[Collection(nameof(BoardCollection))]
public sealed class MetricsTests(RolesBoardApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

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
