using Marten;
using Microsoft.AspNetCore.DataProtection;
using RolesBoard.Api.Roles;
using RolesBoard.Api.Scheduling;

namespace RolesBoard.Api.Webhooks;

public static class WebhooksExtensions
{
    /// <summary>Webhook subscriptions, partner keys, and the job that turns role changes into signed deliveries.</summary>
    public static IServiceCollection AddWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = WebhookSettings.Read(configuration);
        services.AddSingleton(settings);
        services.AddSingleton<WebhookSender>();
        services.AddSingleton<WebhookPayload>();
        services.AddSingleton<WebhookFanOut>();
        services.AddSingleton<WebhookDeliverer>();
        services.AddSingleton<WebhookMetrics>();
        services.AddSingleton<WebhookSecrets>();
        services.AddHostedService<PlainSecretProtection>();
        // The keys that protect the signing secrets live beside the data, not in the database: a database copy alone
        // reveals no secret. Replicas share the folder (DataProtection:KeysDirectory), as they share PostgreSQL.
        services.AddDataProtection()
            .SetApplicationName("RolesBoard")
            .PersistKeysToFileSystem(new DirectoryInfo(KeysDirectory(configuration)));
        services.AddScoped<WebhookOwner>();
        services.AddScoped<WebhookCommands>();
        services.AddSingleton(new RoleChangeConsumer(WebhookJob.Consumer));
        services.AddTransient<WebhookJob>();
        services.AddRecurringJob<WebhookJob>(settings.PollInterval);
        // Roles past their validThrough are closed for real, so ROLE_CLOSED goes out for them as for any close.
        services.AddTransient<RoleExpiryJob>();
        services.AddRecurringJob<RoleExpiryJob>(TimeSpan.FromSeconds(configuration.GetValue("Roles:ExpirySeconds", 60.0)));
        services.ConfigureMarten(options =>
        {
            options.Schema.For<Webhook>().Duplicate(w => w.OwnerId);
            options.Schema.For<Partner>().Duplicate(p => p.KeyHash);
            options.Schema.For<WebhookDelivery>()
                .Duplicate(d => d.WebhookId)
                .Duplicate(d => d.Status)
                .Duplicate(d => d.NextAttemptAt)
                .Duplicate(d => d.CreatedAt);
        });
        return services;
    }

    /// <summary>DataProtection:KeysDirectory, else beside the embedded cluster's folder (ROLESBOARD_DATA names it), else .data/keys.</summary>
    private static string KeysDirectory(IConfiguration configuration) =>
        configuration["DataProtection:KeysDirectory"]
        ?? Path.Combine(configuration["ROLESBOARD_DATA"] is { } postgres ? Path.GetDirectoryName(Path.GetFullPath(postgres))! : ".data", "keys");
}
