using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Time.Testing;
using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Stats;

/// <summary>
/// The app on a fake clock, so tests post, close and snapshot on the days (and at the UTC midnights) they choose.
/// The scheduler stays off; tests run the snapshots through the administrator's mutation.
/// </summary>
public class StatsApp : RolesBoardApp
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    protected override void ConfigureSettings(IWebHostBuilder builder)
    {
        builder.UseFrozenClock(Clock);
    }

    /// <summary>Sets the fake clock (backwards too: each test starts its own timeline).</summary>
    public void At(string utc) => Clock.AdjustTime(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));

    public async Task<string> SnapshotAsync()
    {
        var body = await GraphQLAsync("mutation { snapshotMovementStats { outcome errors { code } } }", null, AdminKey);
        var payload = body["data"]!["snapshotMovementStats"]!;
        Assert.Empty(payload["errors"]!.AsArray());
        return payload["outcome"]!.GetValue<string>();
    }

    public const string StatsFields = """
        openRoles coops verifiedCoops activeCoops rolesStatingPay shareStatingPay flatPayCoops medianMonthsToMembership medianDaysOpen
        coopsWithCareersPages coopsScrapedSuccessfully snapshotDay licence
        seekers { count text } introductionsRequested { count text } introductionsAccepted { count text }
        weeks { weekStart rolesOpened rolesClosed openRoles activeCoops }
        topSkills(first: 5) { skill count }
        layoffs { country quarter layoffs openCoopRoles advisers }
        """;

    public async Task<JsonNode> MovementStatsAsync(string? from = null, string? to = null, string? country = null, string? network = null)
    {
        var body = await GraphQLAsync($$"""
            query($from: Date, $to: Date, $country: String, $network: String) { movementStats(from: $from, to: $to, country: $country, network: $network) { {{StatsFields}} } }
            """, new { from, to, country, network });
        Assert.Null(body["errors"]);
        return body["data"]!["movementStats"]!;
    }

    /// <summary>Registers (and verifies) a co-op in a country and network, with its membership terms.</summary>
    public async Task<Board.CoopKey> CoopAsync(string name, string country, string network, bool verify = true, bool? flatPay = null, int? membershipAfterMonths = null)
    {
        var slug = name.ToLowerInvariant().Replace(' ', '-');
        var body = await GraphQLAsync("""
            mutation($input: RegisterCoopInput!) { registerCoop(input: $input) { coop { id slug } apiKey errors { field code message } } }
            """, new { input = new { name, website = $"https://{slug}.example.coop", country, network, flatPay, membershipAfterMonths } });
        var payload = body["data"]!["registerCoop"]!;
        Assert.Empty(payload["errors"]!.AsArray());
        var coop = new Board.CoopKey(payload["coop"]!["id"]!.GetValue<string>(), payload["coop"]!["slug"]!.GetValue<string>(), payload["apiKey"]!.GetValue<string>());
        if (verify)
        {
            await GraphQLAsync("mutation($id: ID!) { verifyCoop(id: $id) { errors { code } } }", new { id = coop.Id }, AdminKey);
        }
        return coop;
    }

    public Task<string> RoleAsync(Board.CoopKey coop, string title, string[]? skills = null, object? salary = null) =>
        this.PostRoleIdAsync(coop.ApiKey, new { title, description = "A role at a co-op.", skills = skills ?? ["Python"], salary });

    public async Task CloseAsync(Board.CoopKey coop, string roleId)
    {
        var body = await GraphQLAsync("mutation($id: ID!) { closeRole(id: $id) { errors { code } } }", new { id = roleId }, coop.ApiKey);
        Assert.Empty(body["data"]!["closeRole"]!["errors"]!.AsArray());
    }
}

[CollectionDefinition(nameof(StatsCollection))]
public sealed class StatsCollection : ICollectionFixture<StatsApp>;
