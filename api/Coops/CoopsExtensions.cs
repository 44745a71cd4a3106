using Marten;
using RolesBoard.Api.Auth;

namespace RolesBoard.Api.Coops;

public static class CoopsExtensions
{
    public static IServiceCollection AddCoops(this IServiceCollection services)
    {
        services.ConfigureMarten(CoopDocuments.Configure);
        services.AddHttpContextAccessor();
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<Caller>();
        services.AddScoped<CoopLoader>();
        services.AddScoped<CoopDirectory>();
        services.AddScoped<CoopRegistration>();
        services.AddScoped<CoopAdministration>();
        services.AddScoped<DomainProof>();
        services.AddScoped<MembershipRegisterImport>();
        return services;
    }
}
