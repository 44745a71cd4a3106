using Marten;
using RolesBoard.Api.Profiles;
using RolesBoard.Api.Scheduling;

namespace RolesBoard.Api.Mail;

public static class MailExtensions
{
    /// <summary>The outbox, the delivery job, and SMTP (ROLESBOARD_SMTP) or the .eml directory when it is unset.</summary>
    public static IServiceCollection AddMail(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = MailSettings.Read(configuration);
        services.AddSingleton(settings);
        services.AddSingleton<MailOutbox>();
        services.AddSingleton<MailMetrics>();
        services.AddSingleton<IPersonalData, MailPersonalData>();
        if (settings.Smtp is null)
        {
            services.AddSingleton<IMailTransport, FileMailTransport>();
        }
        else
        {
            services.AddSingleton<IMailTransport, SmtpMailTransport>();
        }
        services.AddTransient<MailDeliveryJob>();
        services.AddRecurringJob<MailDeliveryJob>(settings.PollInterval);
        services.ConfigureMarten(options => options.Schema.For<OutgoingMail>()
            .Duplicate(m => m.NextAttemptAt)
            .Duplicate(m => m.SentAt)
            .Duplicate(m => m.SubjectId));
        return services;
    }
}
