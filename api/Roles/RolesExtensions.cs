namespace RolesBoard.Api.Roles;

public static class RolesExtensions
{
    public static IServiceCollection AddRoles(this IServiceCollection services)
    {
        services.AddScoped<RoleSearch>();
        services.AddScoped<RoleFacetCounts>();
        services.AddScoped<RolePosting>();
        return services;
    }
}
