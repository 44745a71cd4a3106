using Marten;
using RolesBoard.Api.Coops;
using RolesBoard.Api.GraphQL;

namespace RolesBoard.Api.Roles;

public static class RolesExtensions
{
    public static IServiceCollection AddRoles(this IServiceCollection services)
    {
        services.ConfigureMarten(RoleDocuments.Configure);
        services.AddHostedService<SearchVectorSetup>();
        services.AddSingleton<IGraphTypeExtension<CoopType>, CoopRolesField>();
        services.AddScoped<RoleSearch>();
        services.AddScoped<RoleFacetCounts>();
        services.AddScoped<RolePosting>();
        return services;
    }
}
