using Npgsql;
using Quartz;
using RolesBoard.Api.Storage;

namespace RolesBoard.Api.Scheduling;

/// <summary>
/// Background work that must run once across replicas (mail, alerts, webhooks) runs on Quartz.NET with its
/// clustered ADO job store in our PostgreSQL: a job marked [DisallowConcurrentExecution] fires on one node at a
/// time, a node that dies mid-job has its firing recovered by another, and the store's tables live in our schema.
/// </summary>
public static class SchedulingExtensions
{
    public static IServiceCollection AddScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        var schema = configuration["ROLESBOARD_DB_SCHEMA"] ?? "rolesboard";
        services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(scheduler =>
            {
                scheduler.InstanceName = "RolesBoard";
                scheduler.GenerateInstanceId = true;
            });
            quartz.UsePersistentStore(store =>
            {
                store.UsePostgres(source => source.DataSourceFactory = sp =>
                    NpgsqlDataSource.Create(sp.GetRequiredService<DatabaseLocation>().ConnectionString));
                store.ConfigureStore(options =>
                {
                    options.TablePrefix = $"{schema}.qrtz_";
                    // Our jobs are sweeps that catch up by themselves: a firing missed (a pause, an outage, a clock
                    // moved by a test) is simply rescheduled, and promptly, rather than replayed.
                    options.MisfireThreshold = TimeSpan.FromSeconds(configuration.GetValue("Scheduling:MisfireSeconds", 30.0));
                    options.MisfireHandlerFrequency = TimeSpan.FromSeconds(configuration.GetValue("Scheduling:MisfireCheckSeconds", 15.0));
                });
                store.ProvisionSchema();
                store.UseSystemTextJsonSerializer();
                store.UseClustering(clustering => clustering.CheckinInterval = TimeSpan.FromSeconds(10));
            });
        });
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        return services;
    }

    /// <summary>Runs <typeparamref name="TJob"/> every <paramref name="interval"/> on one node of the cluster.</summary>
    public static IServiceCollection AddRecurringJob<TJob>(this IServiceCollection services, TimeSpan interval)
        where TJob : IJob
    {
        services.AddQuartz(quartz => quartz.ScheduleJob<TJob>(trigger => trigger
            .WithIdentity(typeof(TJob).Name)
            .StartNow()
            .WithSimpleSchedule(interval)));
        return services;
    }
}
