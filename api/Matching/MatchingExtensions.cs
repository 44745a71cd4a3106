using Marten;
using RolesBoard.Api.Matching.Index;
using RolesBoard.Api.Profiles;

namespace RolesBoard.Api.Matching;

public static class MatchingExtensions
{
    public static IServiceCollection AddMatching(this IServiceCollection services)
    {
        services.ConfigureMarten(MatchingDocuments.Configure);
        services.AddSingleton<MatchIndex>();
        services.AddSingleton<MatchIndexMetrics>();
        services.AddHostedService<MatchIndexSync>();
        services.AddHealthChecks().AddCheck<MatchIndexHealthCheck>("match-index", tags: ["ready"]);
        services.ConfigureMarten((sp, options) => options.Listeners.Add(new MatchIndexListener(sp.GetRequiredService<MatchIndex>())));
        services.AddScoped<MatchPreselection>();
        services.AddScoped<Matches>();
        services.AddScoped<Introductions>();
        services.AddSingleton<IPersonalData, IntroductionPersonalData>();
        return services;
    }
}
