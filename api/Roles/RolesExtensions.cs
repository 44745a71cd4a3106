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
        // Every role write records its change in the same transaction: the outbox alerts and webhooks read.
        services.ConfigureMarten((sp, options) =>
            RoleChangeRecorder.Configure(options, [.. sp.GetServices<RoleChangeConsumer>()], sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}
