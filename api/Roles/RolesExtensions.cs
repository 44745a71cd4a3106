using Marten;

namespace RolesBoard.Api.Roles;

public static class RolesExtensions
{
    public static IServiceCollection AddRoles(this IServiceCollection services)
    {
        services.AddScoped<RoleSearch>();
        services.AddScoped<RolePosting>();
        // Every role write records its change in the same transaction: the outbox alerts and webhooks read.
        services.ConfigureMarten((sp, options) =>
        {
            options.Listeners.Add(new RoleChangeRecorder([.. sp.GetServices<RoleChangeConsumer>()], sp.GetRequiredService<TimeProvider>()));
            options.Schema.For<RoleChange>().Duplicate(c => c.Consumer).Duplicate(c => c.RecordedAt);
        });
        return services;
    }
}
