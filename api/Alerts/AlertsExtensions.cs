using Marten;
using RolesBoard.Api.Profiles;
using RolesBoard.Api.Roles;
using RolesBoard.Api.Scheduling;

namespace RolesBoard.Api.Alerts;

public static class AlertsExtensions
{
    /// <summary>Double opt-in, saved searches and match alerts, and the job that fans new roles out and sends them.</summary>
    public static IServiceCollection AddAlerts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<EmailConfirmations>();
        services.AddSingleton<IProfileChanges, ConfirmOnProfileChange>();
        services.AddSingleton<IPersonalData, AlertPersonalData>();
        services.AddScoped<AlertCommands>();
        services.AddSingleton<SavedSearchIndex>();
        services.AddSingleton<SavedSearchMatcher>();
        services.AddSingleton<MatchAlertIndex>();
        services.AddSingleton<AlertFanOut>();
        services.AddSingleton<AlertMessage>();
        services.AddSingleton<AlertMailer>();
        services.AddSingleton<AlertMetrics>();
        services.AddSingleton(new RoleChangeConsumer(AlertJob.Consumer));
        services.AddTransient<AlertJob>();
        // Instant alerts go within a minute of a role opening: the job looks every 10 seconds by default.
        services.AddRecurringJob<AlertJob>(TimeSpan.FromSeconds(configuration.GetValue("Alerts:PollSeconds", 10.0)));
        services.ConfigureMarten(AlertDocuments.Configure);
        return services;
    }
}
