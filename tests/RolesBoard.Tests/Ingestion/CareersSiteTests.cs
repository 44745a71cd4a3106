namespace RolesBoard.Tests.Ingestion;

/// <summary>Tests that read a careers site of their own, with two roles on it, on a board whose data were reset first.</summary>
public abstract class CareersSiteTests : IAsyncLifetime
{
    protected abstract IngestionApp App { get; }

    protected CareersSite Site { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await App.ResetAsync();
        Site = await CareersSite.StartAsync("Backend Developer", "Designer");
    }

    public async Task DisposeAsync() => await Site.DisposeAsync();
}
