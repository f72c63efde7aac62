using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Hangfire;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using Supervision.Application.Bundles;
using Supervision.Application.Draws.Desk;
using Supervision.Application.Nightly;
using Supervision.Application.Publication;
using Supervision.Application.Reports;
using Supervision.Application.Results;
using Supervision.Application.Tasks;
using Supervision.Data.Draws;
using Supervision.Jobs;
using Supervision.Runs;
using Supervision.Service.Security;
using Supervision.Storage;
using Supervision.Storage.Accounts;
using Supervision.Storage.Audit;
using Supervision.Storage.Bundles;
using Supervision.Storage.Changes;
using Supervision.Storage.Discipline;
using Supervision.Storage.Draws;
using Supervision.Storage.Public;
using Supervision.Storage.Reports;
using Supervision.Storage.Results;
using Supervision.Storage.Runs;
using Supervision.Storage.Tasks;

namespace Supervision.Service;

/// <summary>
/// `supervision serve`: the long-lived service — the nightly schedule and a Hangfire server on PostgreSQL, the web pages
/// (sign-in with the accounts of <c>supervision.accounts</c>, a session cookie, pages per role), the Hangfire dashboard at
/// <c>/hangfire</c> for the admin role only (never showing the connection string), and <c>/health</c>.
/// </summary>
public static class ServiceHost
{
    public const string DashboardPath = "/hangfire";
    public const string EnvironmentPrefix = "SUPERVISION_";
    public const string SignInPath = "/signin";
    public const string SignOutPath = "/signout";
    public const string ErrorPath = "/error";
    public const string DeniedPath = "/denied";

    /// <summary>The session cookie. <c>__Host-</c>: the browser accepts it only with Secure, from this host, for every path.</summary>
    public const string SessionCookie = "__Host-supervision";

    /// <summary>The antiforgery cookie (its token is bound to the session's user).</summary>
    public const string AntiforgeryCookie = "__Host-supervision-af";

    /// <summary>Builds the service from the configuration file (optional), <c>SUPERVISION_</c> environment variables and <paramref name="overrides"/> (last wins).</summary>
    /// <exception cref="DatabaseConfigurationException">No database is configured, or the connection string is malformed.</exception>
    public static WebApplication Build(string? configFile, TimeProvider clock, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(clock);

        // The application is this assembly, so that Razor Pages find the pages compiled into it whichever program hosts it.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(ServiceHost).Assembly.GetName().Name });
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
        var database = Database.Create(connectionString, autoPrepare: 64);
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
            var configured = provider.GetRequiredService<IOptions<ServiceOptions>>().Value;
            var settings = Settings(configured) with
            {
                // Results entered and confirmed in the browser reach the next night's scores without an export.
                TakeIn = TakeInResults.For(new ResultEntryStore(database, clock), configured.Rules, configured.Data, configured.Work),

                // The morning's reports read the night's breakdown and moves, built as soon as the night is final.
                AfterRun = (runId, cancellationToken) => provider.GetRequiredService<RunReportStore>().EnsureBuiltAsync(runId, cancellationToken),
            };
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

        AddWeb(builder.Services, database, clock, options);
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = NightlyWorker.ShutdownTimeout + TimeSpan.FromSeconds(15));

        var app = builder.Build();
        UseWeb(app);
        app.MapGet(HealthEndpoint.Path, (CancellationToken cancellationToken) => HealthEndpoint.HandleAsync(database, storage, cancellationToken)).AllowAnonymous();
        app.MapGet(SiteAssets.StyleSheetPath, SiteAssets.HandleStyleSheet).AllowAnonymous();
        app.MapRazorPages();
        app.MapHangfireDashboardWithAuthorizationPolicy(AccessPolicies.Admin, DashboardPath, new DashboardOptions
        {
            DashboardTitle = "Supervision · nightly jobs",
            DisplayStorageConnectionString = false,
            IgnoreAntiforgeryToken = false,
            AppPath = "/",
        }, storage);
        return app;
    }

    private static void AddWeb(IServiceCollection services, Database database, TimeProvider clock, ServiceOptions options)
    {
        services.AddSingleton(options.Lockout);
        services.AddSingleton(new AccountStore(database, clock, options.Lockout));
        services.AddSingleton(new InspectorTaskStore(database, clock));
        services.AddSingleton(new ReassignmentStore(database, clock));
        services.AddSingleton(new DrawAuditFiles(database, clock));
        services.AddSingleton(provider => new ItemChecklistCatalog(
            Path.Combine(BundlePublisher.Resolve(options.Rules), "plans", ItemChecklists.File), provider.GetRequiredService<ILogger<ItemChecklistCatalog>>()));
        services.AddSingleton<ReassignTask>();
        services.AddSingleton(new ResultEntryStore(database, clock));
        services.AddSingleton<EnterResult>();
        services.AddSingleton(new PublicNoticeStore(database, clock));
        services.AddSingleton(p => new PublicNotices(p.GetRequiredService<PublicNoticeStore>(), clock, options.Calendar ?? Path.Combine(BundlePublisher.Resolve(options.Rules), "calendar", "cn-working-days.csv")));
        services.AddSingleton<PublicDrawFiles>();
        services.AddSingleton(new RunReportStore(database, clock));
        services.AddSingleton(new ChangeRequestStore(database, clock));
        services.AddSingleton(new DisciplineStore(database));
        services.AddSingleton(new DrawAdministration(database));
        services.AddSingleton(provider => new DrawDeskOffice(provider.GetRequiredService<NightlyServices>(), new AuditLog(database, clock)));
        services.AddSingleton(new RuleBundleStore(database, clock));
        services.AddSingleton<BundleChanges>();
        services.AddSingleton(new ChangeDraftStore(database, clock));
        services.AddSingleton<BundleDrafts>();
        services.AddSingleton(new RuleChangeSettings(options.Rules, options.Data, options.Calendar));

        // Compiled on the first analyst's request, not at start (the other roles' pages need no bundle), and again after a
        // publication: each request takes the reports under the bundle in force.
        services.AddSingleton(provider => new ReportsInForce(provider.GetRequiredService<RunReportStore>(), options.Rules, options.Data,
            Path.Combine(BundlePublisher.Resolve(options.Rules), "plans")));
        services.AddTransient(provider => provider.GetRequiredService<ReportsInForce>().Current());
        services.AddSingleton(new SignInThrottle(options.SignIn, clock));
        services.AddSingleton<SessionEvents>();

        // Behind the office's TLS proxy the request arrives as plain HTTP: the proxy's X-Forwarded-Proto and -For make it
        // HTTPS again (the Secure cookies need that) and give the client's address to the throttle and the audit log.
        // Only proxies on this machine (loopback, the default) are believed.
        services.Configure<ForwardedHeadersOptions>(forwarded => forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(cookie =>
        {
            cookie.Cookie.Name = SessionCookie;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.Always;

            // Lax, not Strict: a link from the office's messaging app opens the page signed in. Cross-site POSTs still go
            // without the cookie, and every POST needs the antiforgery token besides.
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.ExpireTimeSpan = options.IdleTimeout;
            cookie.SlidingExpiration = true;
            cookie.LoginPath = SignInPath;
            cookie.LogoutPath = SignOutPath;
            cookie.AccessDeniedPath = DeniedPath;
            cookie.EventsType = typeof(SessionEvents);
        });
        AccessPolicies.Register(services.AddAuthorizationBuilder());

        // The dashboard validates the token itself once IAntiforgery is registered (without it, it silently does not);
        // UnsafeMethodGuard refuses forged requests on every other route as well.
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = AntiforgeryCookie;
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.Cookie.HttpOnly = true;
        });
        services.AddRazorPages(pages =>
        {
            foreach (var (folder, policy) in AccessPolicies.Folders)
            {
                pages.Conventions.AuthorizeFolder(folder, policy);
            }
        });
        services.Configure<RouteOptions>(routes => routes.LowercaseUrls = true);

        // Chinese text as characters, not as &#x...; entities (the default encoder escapes everything beyond Latin).
        services.Configure<WebEncoderOptions>(encoder => encoder.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
    }

    private static void UseWeb(WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseMiddleware<SecurityHeaders>();

        // No stack trace ever reaches the browser: the Chinese error page, with the request id that the log line carries.
        app.UseExceptionHandler(ErrorPath);
        app.UseStatusCodePagesWithReExecute(ErrorPath, "?code={0}");
        app.UseHsts();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<UnsafeMethodGuard>();
        app.UseMiddleware<PasswordChangeGate>();
    }

    private static NightlySettings Settings(ServiceOptions options)
    {
        // The plans and, unless configured, the calendar are those of the bundle in force, looked up each night: with a
        // publication store as Supervision:Rules, a reviewed change to them is drawn from the next night on.
        return new NightlySettings(options.Data, options.Rules, [], options.Calendar ?? "", options.ChunkSize, Seed: null)
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
