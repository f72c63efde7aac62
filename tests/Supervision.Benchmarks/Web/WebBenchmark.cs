using System.Diagnostics;
using System.Runtime.InteropServices;
using Npgsql;
using Supervision.Service;
using Supervision.Storage;
using Supervision.Storage.Tasks;

namespace Supervision.Benchmarks.Web;

/// <summary>
/// `--web N`: the latency of the web pages (issue 19) on a database of N enterprises. Loads the population
/// (<see cref="WebPopulationLoader"/>, timed apart), starts a real `serve` (<see cref="ServiceHost"/>, no workers) on a
/// loopback port in this process, signs the sampled inspectors in through the sign-in form, and measures every route of
/// <see cref="WebRoutes"/> at each concurrency, against the style sheet as the baseline of the same run.
/// </summary>
internal static class WebBenchmark
{
    public static string ConnectionTo(WebBenchmarkOptions options)
        => new NpgsqlConnectionStringBuilder(options.ConnectionString) { Database = options.DatabaseName }.ConnectionString;

    public static async Task<WebBenchmarkResult> RunAsync(WebBenchmarkOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var population = await WebPopulationLoader.LoadAsync(options, cancellationToken);
        var settings = new Dictionary<string, string?>
        {
            ["Supervision:Database"] = ConnectionTo(options),
            ["Supervision:Urls"] = "http://127.0.0.1:0",
            ["Supervision:Workers"] = "0",
            ["Supervision:Data"] = options.Data,
            ["Supervision:Rules"] = options.Rules,
        };
        await using var app = ServiceHost.Build(null, TimeProvider.System, settings);
        await app.StartAsync(cancellationToken);
        try
        {
            using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false })
            {
                BaseAddress = new Uri(app.Urls.First()),
            };
            await using var database = Database.Create(ConnectionTo(options));
            var machine = await MachineAsync(database, cancellationToken);

            // Sign-ins are one PBKDF2 derivation each, one at a time by the service's throttle: done before, timed apart.
            var watch = Stopwatch.StartNew();
            var store = new InspectorTaskStore(database, TimeProvider.System);
            var inspectors = new List<WebInspector>();
            foreach (var (user, inspectorId) in population.Accounts)
            {
                var session = new WebSession(http);
                if (!await session.SignInAsync(user, population.Password, cancellationToken))
                {
                    throw new InvalidOperationException($"{user} could not sign in");
                }

                var tasks = await store.ListAsync(inspectorId, cancellationToken);
                if (tasks.Count > 0)
                {
                    inspectors.Add(new WebInspector(inspectorId, session, [.. tasks.Select(t => (t.TaskNo, t.Uscc))]));
                }
            }

            var signIn = watch.Elapsed.TotalSeconds;
            Console.Error.WriteLine($"web: {inspectors.Count} inspectors signed in, their inboxes listed {signIn:0.0} s");
            var fixture = new WebFixture(inspectors, population.Draws.DrawIds, population.NameFragment, population.UsccPrefix, () => new WebSession(http));
            var measurements = new List<RouteMeasurement>();
            foreach (var route in WebRoutes.All)
            {
                foreach (var clients in options.Concurrency)
                {
                    var measurement = await WebMeasurer.MeasureAsync(route, fixture, clients, options, cancellationToken);
                    measurements.Add(measurement);
                    Console.Error.WriteLine(measurement.Present
                        ? $"web: {route.Name} ×{clients}: {measurement.Milliseconds.Count} requests, p95 {measurement.Percentile(95):0.0} ms, {measurement.Errors} errors {measurement.FirstError}"
                        : $"web: {route.Name}: not present (404)");
                    if (!measurement.Present)
                    {
                        break;
                    }
                }
            }

            return new WebBenchmarkResult(machine, population, signIn, measurements);
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
        }
    }

    private static async Task<string> MachineAsync(Database database, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT current_setting('server_version')", connection);
        var server = (string)(await command.ExecuteScalarAsync(cancellationToken))!;
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        return $"{Environment.ProcessorCount} cores ({cpu ?? RuntimeInformation.ProcessArchitecture.ToString()}), {RuntimeInformation.OSDescription}, "
            + $".NET {Environment.Version}, PostgreSQL {server} on the same machine; client, service and server share the cores";
    }
}
