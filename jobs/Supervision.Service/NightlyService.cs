using Hangfire;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Supervision.Application.Nightly;
using Supervision.Jobs;
using Supervision.Storage;
using Supervision.Storage.Migrations;

namespace Supervision.Service;

/// <summary>
/// The service's background part: migrates the database, registers the nightly schedule as a Hangfire recurring job
/// (its cron read in Asia/Shanghai; a missed night runs once on start-up, never once per missed night), and runs a
/// Hangfire server on the shared storage unless the configuration leaves the work to `supervision worker` processes.
/// </summary>
internal sealed class NightlyService(
    Database database, JobStorage storage, NightlyServices services, IOptions<ServiceOptions> options, IHostApplicationLifetime lifetime) : IHostedService
{
    private BackgroundJobServer? server;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await new MigrationRunner(database).MigrateAsync(cancellationToken);
        await PostgresJobStorage.InstallSchemaAsync(database, cancellationToken);
        var settings = options.Value;
        new RecurringJobManager(storage).AddOrUpdate<ScheduledNightlyJob>(
            ScheduledNightlyJob.RecurringId, NightlyJob.Queue, job => job.RunAsync(CancellationToken.None), settings.Cron,
            new RecurringJobOptions
            {
                TimeZone = TimeZoneInfo.FindSystemTimeZoneById(NightlySchedule.TimeZoneId),
                MisfireHandling = MisfireHandlingMode.Relaxed,
            });
        if (settings.Workers > 0)
        {
            server = NightlyWorker.StartServer(storage, services, settings.Workers);
        }

        lifetime.ApplicationStopping.Register(() => server?.SendStop());
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (server is not null)
        {
            server.SendStop();
            await server.WaitForShutdownAsync(cancellationToken);
            server.Dispose();
        }
    }
}
