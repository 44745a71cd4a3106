using Marten;

namespace RolesBoard.Api.Profiles;

public static class ProfilesExtensions
{
    public static IServiceCollection AddProfiles(this IServiceCollection services)
    {
        services.ConfigureMarten(ProfileDocuments.Configure);
        services.AddScoped<ProfileAccess>();
        services.AddScoped<ProfileCommands>();
        services.AddScoped<ProfileExporter>();
        return services;
    }
}
