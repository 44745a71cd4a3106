using RolesBoard.Api.Profiles;

namespace RolesBoard.Api.Matching;

public static class MatchingExtensions
{
    public static IServiceCollection AddMatching(this IServiceCollection services)
    {
        services.AddScoped<MatchPreselection>();
        services.AddScoped<Matches>();
        services.AddScoped<Introductions>();
        services.AddSingleton<IPersonalData, IntroductionPersonalData>();
        return services;
    }
}
