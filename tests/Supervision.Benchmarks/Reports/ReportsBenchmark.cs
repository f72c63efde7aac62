using System.Diagnostics;
using System.Runtime.InteropServices;
using Npgsql;
using Supervision.Benchmarks.Web;
using Supervision.Service;
using Supervision.Storage;
using Supervision.Storage.Reports;

namespace Supervision.Benchmarks.Reports;

/// <summary>
/// `--reports N`: the analysts' risk reports (issue 20) on two runs of N assessments. Loads them
/// (<see cref="ReportsPopulationLoader"/>, timed apart), times the one-off pre-aggregation of each run
/// (<see cref="RunReportStore.EnsureBuiltAsync(string, CancellationToken)"/>, as the nightly does after a run) against a
/// plain read of the run, starts a real `serve` (<see cref="ServiceHost"/>, no workers) on a loopback port in this process,
/// signs the analyst in through the sign-in form, measures the pages of <see cref="ReportsRoutes"/> at each concurrency with
/// the web benchmark's <see cref="WebMeasurer"/> against the style sheet as the baseline of the same run, and downloads the
/// whole enterprise list as .xlsx and .csv (<see cref="ReportsExports"/>).
/// </summary>
internal static class ReportsBenchmark
{
    private const string ReadRun = "SELECT count(*), sum(cardinality(fired)) FROM supervision.assessments WHERE run_id = $1";

    public static string ConnectionTo(ReportsBenchmarkOptions options)
        => new NpgsqlConnectionStringBuilder(options.ConnectionString) { Database = options.DatabaseName }.ConnectionString;

    public static async Task<ReportsBenchmarkResult> RunAsync(ReportsBenchmarkOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var population = await ReportsPopulationLoader.LoadAsync(options, cancellationToken);
        string machine;
        var builds = new List<ReportsBuild>();
        await using (var database = Database.Create(ConnectionTo(options)))
        {
            machine = await MachineAsync(database, cancellationToken);
            var store = new RunReportStore(database, TimeProvider.System);
            foreach (var runId in new[] { population.FirstRun, population.SecondRun })
            {
                builds.Add(await BuildAsync(database, store, runId, cancellationToken));
            }

            // As autovacuum would within a minute of the build: the pages are read in the morning.
            await ExecuteAsync(database, "ANALYZE supervision.run_breakdowns, supervision.run_moves, supervision.run_reports", cancellationToken);
        }

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
                Timeout = TimeSpan.FromMinutes(15),
            };
            var analyst = new WebSession(http);
            if (!await analyst.SignInAsync(ReportsPopulationLoader.User, ReportsPopulationLoader.Password, cancellationToken))
            {
                throw new InvalidOperationException($"{ReportsPopulationLoader.User} could not sign in");
            }

            var measurements = new List<RouteMeasurement>();
            if (!options.Skip.Contains("pages"))
            {
                var fixture = new WebFixture([new WebInspector(ReportsPopulationLoader.User, analyst, [])], [], "", "", () => new WebSession(http));
                foreach (var route in ReportsRoutes.All(population, analyst))
                {
                    foreach (var clients in options.Concurrency)
                    {
                        var m = await WebMeasurer.MeasureAsync(route, fixture, clients, options.Warmup, options.Requests, options.Seconds, cancellationToken);
                        measurements.Add(m);
                        Console.Error.WriteLine(
                            $"reports: {route.Name} ×{clients}: {m.Milliseconds.Count} requests, p50 {m.Percentile(50):0.0} ms, p95 {m.Percentile(95):0.0} ms, {m.Errors} errors {m.FirstError}");
                    }
                }
            }

            var exports = new List<ExportMeasurement>();
            var storeRead = double.NaN;
            if (!options.Skip.Contains("exports"))
            {
                storeRead = await StoreReadAsync(options, population.SecondRun, cancellationToken);
                foreach (var file in new[] { "enterprises.xlsx", "enterprises.csv" })
                {
                    exports.Add(await ReportsExports.MeasureAsync(analyst, file, !options.Skip.Contains("verify"), cancellationToken));
                }
            }

            return new ReportsBenchmarkResult(machine, population, builds, measurements, storeRead, exports);
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
        }
    }

    private static async Task<ReportsBuild> BuildAsync(Database database, RunReportStore store, string runId, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        await using (var connection = await database.OpenConnectionAsync(cancellationToken))
        await using (var read = new NpgsqlCommand(ReadRun, connection) { CommandTimeout = 0 })
        {
            read.Parameters.Add(new NpgsqlParameter<string> { TypedValue = runId });
            await using var reader = await read.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
        }

        var readSeconds = watch.Elapsed.TotalSeconds;
        watch.Restart();
        await store.EnsureBuiltAsync(runId, cancellationToken);
        var buildSeconds = watch.Elapsed.TotalSeconds;
        var breakdowns = await CountAsync(database, "SELECT count(*) FROM supervision.run_breakdowns WHERE run_id = $1", runId, cancellationToken);
        var moves = await CountAsync(database, "SELECT count(*) FROM supervision.run_moves WHERE run_id = $1", runId, cancellationToken);
        Console.Error.WriteLine($"reports: {runId}: read {readSeconds:0.00} s, built {buildSeconds:0.00} s ({breakdowns:N0} breakdown rows, {moves:N0} moves)");
        return new ReportsBuild(runId, readSeconds, buildSeconds, breakdowns, moves);
    }

    /// <summary>The second run's rows read through the store as the export reads them, without writing them: the exports' floor.</summary>
    private static async Task<double> StoreReadAsync(ReportsBenchmarkOptions options, string runId, CancellationToken cancellationToken)
    {
        await using var database = Database.Create(ConnectionTo(options));
        var store = new RunReportStore(database, TimeProvider.System);
        var watch = Stopwatch.StartNew();
        var rows = 0L;
        await foreach (var _ in store.AssessmentsAsync(runId, ReportFilter.All, null, 0, cancellationToken))
        {
            rows++;
        }

        Console.Error.WriteLine($"reports: {rows:N0} rows read through the store in {watch.Elapsed.TotalSeconds:0.0} s");
        return watch.Elapsed.TotalSeconds;
    }

    private static async Task<long> CountAsync(Database database, string sql, string runId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = runId });
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task ExecuteAsync(Database database, string sql, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<string> MachineAsync(Database database, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT current_setting('server_version') || ', shared_buffers ' || current_setting('shared_buffers') || ', work_mem ' || current_setting('work_mem')", connection);
        var server = (string)(await command.ExecuteScalarAsync(cancellationToken))!;
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        return $"{Environment.ProcessorCount} cores ({cpu ?? RuntimeInformation.ProcessArchitecture.ToString()}), {RuntimeInformation.OSDescription}, "
            + $".NET {Environment.Version} (server GC, as `serve`), PostgreSQL {server} on the same machine; client, service and server share the cores";
    }
}
