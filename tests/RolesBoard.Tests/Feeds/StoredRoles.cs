using Marten;
using Microsoft.Extensions.DependencyInjection;
using RolesBoard.Api.Roles;
using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Feeds;

/// <summary>Roles the public API cannot make (scraped ones, expired ones), written straight to the store.</summary>
public static class StoredRoles
{
    public static async Task<Guid> StoreRoleAsync(this RolesBoardApp app, Board.CoopKey coop, Action<Role> configure)
    {
        var now = DateTimeOffset.UtcNow;
        var role = new Role
        {
            Id = Guid.NewGuid(), CoopId = Guid.Parse(coop.Id), Title = "Stored role", DescriptionHtml = "<p>Stored.</p>", DescriptionText = "Stored.",
            DatePosted = now.AddDays(-1), CreatedAt = now, UpdatedAt = now, SearchText = "Stored role",
        };
        configure(role);
        var store = app.Services.GetRequiredService<IDocumentStore>();
        await using var session = store.LightweightSession();
        session.Store(role);
        await session.SaveChangesAsync();
        return role.Id;
    }
}
