namespace RolesBoard.Api.Profiles;

public static class ProfilesExtensions
{
    public static IServiceCollection AddProfiles(this IServiceCollection services)
    {
        services.AddScoped<ProfileAccess>();
        services.AddScoped<ProfileCommands>();
        services.AddScoped<ProfileExporter>();
        return services;
    }
}
