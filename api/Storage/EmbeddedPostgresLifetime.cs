namespace RolesBoard.Api.Storage;

/// <summary>Stops the embedded cluster when the app stops (registered first, so it stops last).</summary>
internal sealed class EmbeddedPostgresLifetime(EmbeddedPostgres postgres) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => postgres.StopAsync();
}
