using System.Security.Cryptography;
using Hangfire;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Supervision.Application.Nightly;
using Supervision.Data.Draws;
using Supervision.Jobs;
using Supervision.Runs;
using Supervision.Service.Security;
using Supervision.Storage;
using Supervision.Storage.Runs;

namespace Supervision.Service;

/// <summary>
/// `supervision serve`: the long-lived service — the nightly schedule and a Hangfire server on PostgreSQL, the Hangfire
/// dashboard at <c>/hangfire</c> for the admin role only (never showing the connection string), and <c>/health</c>.
/// </summary>
public static class ServiceHost
{
    public const string DashboardPath = "/hangfire";
    public const string AdminPolicy = "supervision-admin";
    public const string EnvironmentPrefix = "SUPERVISION_";

    /// <summary>Builds the service from the configuration file (optional), <c>SUPERVISION_</c> environment variables and <paramref name="overrides"/> (last wins).</summary>
    /// <exception cref="DatabaseConfigurationException">No database is configured, or the connection string is malformed.</exception>
    public static WebApplication Build(string? configFile, TimeProvider clock, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.Sources.Clear();
        if (configFile is not null)
        {
            builder.Configuration.AddJsonFile(Path.GetFullPath(configFile), optional: false, reloadOnChange: false);
        }

        builder.Configuration.AddEnvironmentVariables(EnvironmentPrefix);
        builder.Configuration.AddInMemoryCollection(overrides ?? new Dictionary<string, string?>());
        var section = builder.Configuration.GetSection(ServiceOptions.Section);
        var options = section.Get<ServiceOptions>() ?? new ServiceOptions();
        var connectionString = options.Database ?? Environment.GetEnvironmentVariable(Database.EnvironmentVariable);
        var database = Database.Create(connectionString);
        var storage = PostgresJobStorage.Create(connectionString!);

        var actor = $"{Environment.MachineName}:{Environment.ProcessId}";
        builder.WebHost.UseUrls(options.Urls);
        JobLogging.Configure(builder.Logging, options.LogFormat);
        builder.Services.Configure<ServiceOptions>(section);
        builder.Services.AddSingleton(database);
        builder.Services.AddSingleton<JobStorage>(storage);
        builder.Services.AddSingleton(clock);
        builder.Services.AddSingleton<IRunStore>(new PostgresRunStore(database, clock, actor));
        builder.Services.AddSingleton(provider =>
        {
            var settings = Settings(provider.GetRequiredService<IOptions<ServiceOptions>>().Value);
            return HangfireNightly.Services(provider.GetRequiredService<IRunStore>(), settings, clock, storage,
                provider.GetRequiredService<ILoggerFactory>().CreateLogger(JobLogging.Category),
                onPlanning: (run, cancellationToken) => RegistryImport.ImportAsync(database, clock, actor, settings.DataDirectory, run, cancellationToken));
        });
        builder.Services.AddHostedService<NightlyService>();

        // What the dashboard needs, registered by hand: AddHangfire would also point Hangfire's process-wide log provider
        // and job activator at this host's services, which outlive it in a process that hosts other Hangfire servers.
        builder.Services.AddSingleton<IGlobalConfiguration>(GlobalConfiguration.Configuration);
        builder.Services.AddSingleton(DashboardRoutes.Routes);
        builder.Services.AddSingleton<ITimeZoneResolver>(new DefaultTimeZoneResolver());
        builder.Services.AddSingleton<IBackgroundJobClient>(new BackgroundJobClient(storage));
        builder.Services.AddSingleton<IRecurringJobManager>(new RecurringJobManager(storage));
        builder.Services.AddSingleton<AccountDirectory>();
        builder.Services.AddSingleton(new SignInThrottle(options.SignIn, clock));
        builder.Services.AddAuthentication(BasicAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, BasicAuthenticationHandler>(BasicAuthenticationHandler.SchemeName, _ => { });
        builder.Services.AddAuthorizationBuilder().AddPolicy(AdminPolicy, policy => policy.RequireRole(AccountDirectory.AdminRole));

        // The dashboard validates the token itself once IAntiforgery is registered (without it, it silently does not);
        // UnsafeMethodGuard refuses forged requests on every other route as well.
        builder.Services.AddAntiforgery();
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = NightlyWorker.ShutdownTimeout + TimeSpan.FromSeconds(15));

        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<UnsafeMethodGuard>();
        app.MapGet(HealthEndpoint.Path, (CancellationToken cancellationToken) => HealthEndpoint.HandleAsync(database, storage, cancellationToken));
        app.MapHangfireDashboardWithAuthorizationPolicy(AdminPolicy, DashboardPath, new DashboardOptions
        {
            DashboardTitle = "Supervision · nightly jobs",
            DisplayStorageConnectionString = false,
            IgnoreAntiforgeryToken = false,
            AppPath = null,
        }, storage);
        return app;
    }

    private static NightlySettings Settings(ServiceOptions options)
    {
        var plans = Path.Combine(options.Rules, "plans");
        return new NightlySettings(
            options.Data, options.Rules,
            Directory.Exists(plans) ? [.. Directory.GetFiles(plans, "*.yaml").Order(StringComparer.Ordinal)] : [],
            options.Calendar ?? Path.Combine(options.Rules, "calendar", "cn-working-days.csv"), options.ChunkSize, Seed: null)
        {
            MemoryBudget = (long)options.MemoryBudgetMiB << 20,
            Gates = options.Gates.Validated(),
            Desk = options.DrawDesk is { } desk
                ? new DrawDesk(desk, options.PublicRandomness ?? throw new InvalidOperationException("Supervision:DrawDesk needs Supervision:PublicRandomness, the name of the public value each draw takes"))
                : null,

            // Each night's run draws with its own seed from the OS, recorded when the run is planned.
            FreshSeed = () => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)),
        };
    }
}
