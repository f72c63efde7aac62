using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Supervision.Service;
using Supervision.Storage;

namespace Supervision.Cli.Commands;

/// <summary>`supervision serve`: the long-lived service (nightly schedule, Hangfire server and dashboard, health endpoint).</summary>
internal static class ServeCommand
{
    public static Command Create(TimeProvider clock)
    {
        var config = new Option<string?>("--config") { Description = "JSON configuration file (section \"Supervision\"); SUPERVISION_… environment variables override it" };
        var command = new Command("serve",
            "The service: registers the nightly run at its cron (Asia/Shanghai) in Hangfire on PostgreSQL, works the queue, serves the web pages "
            + $"(sign in at {ServiceHost.SignInPath} with an account made by `supervision users add`), the Hangfire dashboard at {ServiceHost.DashboardPath} "
            + $"to the admin role only and {HealthEndpoint.Path} to anyone. Meant behind a TLS proxy on the same machine. See docs/operations.md.")
        {
            config,
        };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(config), clock, ct));
        return command;
    }

    private static async Task<int> RunAsync(string? configFile, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (configFile is not null && !File.Exists(configFile))
        {
            Console.Error.WriteLine($"configuration file {configFile} not found");
            return ExitCodes.MissingInput;
        }

        Microsoft.AspNetCore.Builder.WebApplication app;
        try
        {
            app = ServiceHost.Build(configFile, clock);
        }
        catch (DatabaseConfigurationException e)
        {
            Console.Error.WriteLine(e.Message);
            return ExitCodes.Usage;
        }

        await using (app)
        {
            try
            {
                await app.StartAsync(cancellationToken);
                Console.Error.WriteLine($"serving on {string.Join(", ", app.Urls)}: sign in at {ServiceHost.SignInPath}, dashboard {ServiceHost.DashboardPath} (admin role), {HealthEndpoint.Path}; Ctrl+C stops");

                // WaitForShutdownAsync stops the host itself once SIGTERM, Ctrl+C or the command line's cancellation ends it;
                // a second StopAsync would stop the Hangfire server again after it was disposed (ObjectDisposedException).
                await app.WaitForShutdownAsync(cancellationToken);
            }
            catch (DatabaseUnavailableException e)
            {
                Console.Error.WriteLine($"database {e.Target} unreachable: {e.Reason}");
                return DbCommand.Unreachable;
            }
        }

        return ExitCodes.Ok;
    }
}
