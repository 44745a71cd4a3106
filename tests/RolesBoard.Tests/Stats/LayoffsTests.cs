using Marten;
using Microsoft.Extensions.DependencyInjection;
using RolesBoard.Api.Stats.Layoffs;

namespace RolesBoard.Tests.Stats;

/// <summary>The layoffs import (company-level rows only, idempotent) and layoffs beside open co-op roles by country and quarter.</summary>
[Collection(nameof(StatsCollection))]
public sealed class LayoffsTests(StatsApp app) : IAsyncLifetime
{
    private const string File = """
        company,country,date,people,source,contact_email
        Acme Software,GB,2026-01-20,120,https://example.com/acme,someone@example.org
        Widgets Ltd,United Kingdom,2026-02-10,30,,
        Datenwerk GmbH,DE,2026-03-01,45,,
        Bad Row,Atlantis,2026-03-01,10,,
        Future Co,GB,2027-01-01,10,,
        Zero Co,GB,2026-01-01,0,,
        """;

    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<LayoffsFile> ImportAsync(string csv)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LayoffsImport>().ImportAsync(new StringReader(csv), CancellationToken.None);
    }

    [Fact]
    public async Task ImportKeepsValidCompanyRowsExplainsTheOthersAndIsIdempotent()
    {
        app.At("2026-04-10T09:00:00Z");
        var file = await ImportAsync(File);
        Assert.Equal(3, file.Reports.Count);
        Assert.Equal(3, file.Rejected.Count);
        Assert.StartsWith("line 5: 'country'", file.Rejected[0]);
        Assert.Contains("'date'", file.Rejected[1]);
        Assert.Contains("'people'", file.Rejected[2]);

        await ImportAsync(File);
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var stored = await session.Query<LayoffReport>().ToListAsync();
        Assert.Equal(3, stored.Count);
        var json = await session.Json.FindByIdAsync<LayoffReport>(stored.Single(r => r.Company == "Acme Software").Id);
        Assert.DoesNotContain("someone@", json); // columns we do not know are never stored
        Assert.Equal("GB", stored.Single(r => r.Company == "Widgets Ltd").Country);
    }

    [Fact]
    public async Task AFileWithoutTheRequiredHeaderIsRefused()
    {
        await Assert.ThrowsAsync<InvalidDataException>(() => ImportAsync("name,when\nAcme,2026-01-01\n"));
    }

    [Fact]
    public async Task TheRepositorysSampleImportsCleanly()
    {
        app.At("2026-11-01T09:00:00Z");
        var sample = Path.Combine(Repository(), "data", "layoffs", "sample.csv");
        var file = await ImportAsync(await System.IO.File.ReadAllTextAsync(sample));
        Assert.Empty(file.Rejected);
        Assert.Equal(6, file.Reports.Count);
    }

    [Fact]
    public async Task LayoffsShowBesideCoopRolesOpenAtTheQuartersEnd()
    {
        app.At("2026-01-15T09:00:00Z");
        var gb = await app.CoopAsync("Outlandish", "GB", "CoTech");
        var de = await app.CoopAsync("Kollektiv", "DE", "CoTech");
        await app.RoleAsync(gb, "Backend developer");
        var closing = await app.RoleAsync(de, "Elixir developer");
        app.At("2026-03-15T09:00:00Z");
        await app.CloseAsync(de, closing);
        app.At("2026-04-10T09:00:00Z");
        await ImportAsync(File);
        await app.SnapshotAsync();

        var stats = await app.MovementStatsAsync("2026-01-01", "2026-04-10");
        var rows = stats["layoffs"]!.AsArray().Select(l => (l!["country"]!.GetValue<string>(), l["quarter"]!.GetValue<string>(),
            l["layoffs"]!.GetValue<int>(), l["openCoopRoles"]!.GetValue<int>(), l["advisers"]!.GetValue<int>()));
        Assert.Equal([("GB", "2026-Q1", 150, 1, 0), ("DE", "2026-Q1", 45, 0, 0)], rows);
        var germany = await app.MovementStatsAsync("2026-01-01", "2026-04-10", country: "DE");
        Assert.Single(germany["layoffs"]!.AsArray());

        var page = await StatsPagesTests.GetStringAsync(app, "/stats?from=2026-01-01&to=2026-04-10");
        Assert.Contains("<th scope=\"row\">GB</th><td>2026-Q1</td><td>150</td><td>1</td><td>0</td>", page);
    }

    private static string Repository()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !System.IO.File.Exists(Path.Combine(directory.FullName, "RolesBoard.sln")))
        {
            directory = directory.Parent;
        }
        return directory!.FullName;
    }
}
