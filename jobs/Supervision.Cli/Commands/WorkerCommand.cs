using System.CommandLine;
using System.Security.Cryptography;
using Supervision.Application.Nightly;
using Supervision.Application.Results;
using Supervision.Data.Draws;
using Supervision.Jobs;
using Supervision.Storage.Migrations;
using Supervision.Storage.Reports;
using Supervision.Storage.Results;
using Supervision.Storage.Runs;

namespace Supervision.Cli.Commands;

/// <summary>
/// `supervision worker`: a worker process of the scaled-out mode. It executes the nightly jobs queued in PostgreSQL
/// (plan, score chunks, draw) until stopped with Ctrl+C or SIGTERM; start any number, on any machines that share the
/// database and the input files.
/// </summary>
internal static class WorkerCommand
{
    /// <summary>Fault injection for crash tests: "chunk" or "draw" blocks before that transaction commits, "chunk-saved" after a chunk is saved and before it is counted.</summary>
    public const string FailpointVariable = Failpoint.Variable;

    public static Command Create(TimeProvider clock)
    {
        var data = CommonOptions.Data();
        var rules = CommonOptions.Rules();
        var calendar = CommonOptions.Calendar();
        var chunkSize = new Option<int>("--chunk-size") { Description = "enterprises per chunk job of runs this worker plans", DefaultValueFactory = _ => 1000 };
        var workers = new Option<int>("--workers") { Description = "Hangfire worker threads", DefaultValueFactory = _ => Environment.ProcessorCount };
        var connection = new Option<string?>("--connection") { Description = "PostgreSQL connection string; default: the SUPERVISION_DB environment variable" };
        var invisibility = new Option<int>("--invisibility-timeout")
        {
            Description = "seconds after which a job fetched by a worker that died is delivered again (live workers keep theirs)",
            DefaultValueFactory = _ => (int)PostgresJobStorage.InvisibilityTimeout.TotalSeconds,
        };
        var memoryBudget = CommonOptions.MemoryBudget();
        var work = new Option<string>("--work")
        {
            Description = "where runs this worker plans take in the results confirmed in the web service (results-intake/: decisions, ledger, the data with the results fed back)",
            DefaultValueFactory = _ => "supervision-work",
        };
        var logFormat = new Option<string>("--log-format")
        {
            Description = "how the jobs' events are logged on standard error: console (one line each) or json (one object per line)",
            DefaultValueFactory = _ => Supervision.Service.JobLogging.ConsoleFormat,
        };
        logFormat.AcceptOnlyFromAmong(Supervision.Service.JobLogging.ConsoleFormat, Supervision.Service.JobLogging.JsonFormat);
        var command = new Command("worker",
            "Run nightly jobs queued in PostgreSQL (Hangfire.PostgreSql) until stopped: any number of workers split a night's chunks; "
            + "a worker killed mid-job loses nothing (its job is delivered again). A chunk job reads its slice of the data from the database, "
            + "so --data is read only when this worker plans a run itself.")
        {
            data, rules, calendar, chunkSize, workers, connection, invisibility, memoryBudget, work, logFormat,
        };
        var gates = new GateOptions();
        var desk = new DrawDeskOptions();
        foreach (var option in gates.All.Concat(desk.All))
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, ct) => !desk.TryRead(parse, out var drawDesk) ? Task.FromResult(ExitCodes.Usage) : RunAsync(parse.GetValue(data)!, parse.GetValue(rules)!, parse.GetValue(calendar), parse.GetValue(chunkSize),
            parse.GetValue(workers), parse.GetValue(connection), parse.GetValue(invisibility), parse.GetValue(memoryBudget), gates.Read(parse), drawDesk, parse.GetValue(work)!, parse.GetValue(logFormat)!, clock, ct));
        return command;
    }

    private static async Task<int> RunAsync(
        string dataDir, string rulesDir, string? calendarFile, int chunkSize, int workers, string? connection, int invisibilitySeconds, int memoryBudgetMiB,
        Supervision.Draws.Gates.DrawGateThresholds gates, DrawDesk? desk, string workDir, string logFormat, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (chunkSize < 1 || workers < 1 || invisibilitySeconds < 1)
        {
            Console.Error.WriteLine("--chunk-size, --workers and --invisibility-timeout must be at least 1");
            return ExitCodes.Usage;
        }

        var bundle = BundleLoading.Load(rulesDir, "the worker did not start");
        if (bundle is null)
        {
            return BundleLoading.FailureCode(rulesDir);
        }

        var planFiles = Directory.Exists(Path.Combine(rulesDir, "plans"))
            ? Directory.GetFiles(Path.Combine(rulesDir, "plans"), "*.yaml").Order(StringComparer.Ordinal).ToArray()
            : [];

        var settings = new NightlySettings(dataDir, rulesDir, planFiles, calendarFile ?? Path.Combine(rulesDir, "calendar", "cn-working-days.csv"), chunkSize, null)
        {
            Bundle = bundle,
            MemoryBudget = (long)memoryBudgetMiB << 20,
            Gates = gates,
            Desk = desk,

            // A run planned by this worker draws with a fresh seed from the OS, fixed and recorded when the run is planned.
            FreshSeed = () => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)),
        };
        return await DbCommand.Run(connection, 5, async database =>
        {
            await new MigrationRunner(database).MigrateAsync(cancellationToken);
            var worker = $"{Environment.MachineName}:{Environment.ProcessId}";
            var store = new PostgresRunStore(database, clock, worker) { BeforeCommit = Failpoint.Reach };
            var storage = await PostgresJobStorage.OpenAsync(database, TimeSpan.FromSeconds(invisibilitySeconds), cancellationToken);
            using var logging = Supervision.Service.JobLogging.CreateFactory(logFormat);
            var services = HangfireNightly.Services(store, settings with
            {
                TakeIn = TakeInResults.For(new ResultEntryStore(database, clock), rulesDir, dataDir, workDir),
                AfterRun = new RunReportStore(database, clock).EnsureBuiltAsync,
            }, clock, storage, logging.CreateLogger(Supervision.Service.JobLogging.Category),
                new NightlyHooks { ChunkSaved = (_, _) => Failpoint.Reach("chunk-saved") },
                (run, ct) => RegistryImport.ImportAsync(database, clock, worker, settings.DataDirectory, run, ct));
            Console.Error.WriteLine($"worker {worker}: {workers} thread(s) on queue '{NightlyJob.Queue}' of {database.Target}; Ctrl+C stops after the running jobs");
            await NightlyWorker.RunAsync(storage, services, workers, cancellationToken);
            Console.Error.WriteLine($"worker {worker} stopped");
            return ExitCodes.Ok;
        }, cancellationToken);
    }
}
