using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging.Abstractions;
using Supervision.Application.Draws;
using Supervision.Application.Nightly;
using Supervision.Application.Publication;
using Supervision.Application.Results;
using Supervision.Data.Draws;
using Supervision.Data.Import;
using Supervision.Data.Runs;
using Supervision.Data.Scoring;
using Supervision.Draws.Drawing;
using Supervision.Draws.Gates;
using Supervision.Jobs;
using Supervision.Rules.Compilation;
using Supervision.Rules.Diagnostics;
using Supervision.Runs;
using Supervision.Storage.Migrations;
using Supervision.Storage.Reports;
using Supervision.Storage.Results;
using Supervision.Storage.Runs;

namespace Supervision.Cli.Commands;

/// <summary>
/// `supervision nightly`: the nightly run (score every enterprise, then draw every plan) as Hangfire jobs, in the
/// embedded mode — a Hangfire server on in-memory storage inside this process, the run store a directory under --out.
/// </summary>
internal static class NightlyCommand
{
    public static Command Create(TimeProvider clock)
    {
        var data = CommonOptions.Data();
        var rules = CommonOptions.Rules();
        var asOf = CommonOptions.AsOf();
        var seed = new Option<string?>("--seed") { Description = "draw seed, 64 hex characters; default: a fresh one from the OS's cryptographic generator (a run resumed keeps its own)" };
        var calendar = CommonOptions.Calendar();
        var chunkSize = new Option<int>("--chunk-size") { Description = "enterprises per chunk job", DefaultValueFactory = _ => 1000 };
        var workers = new Option<int>("--workers") { Description = "Hangfire worker threads", DefaultValueFactory = _ => Environment.ProcessorCount };
        var cron = new Option<string?>("--cron")
        {
            Description = $"schedule of the long-lived server, five cron fields in {NightlySchedule.TimeZoneId} time (default there: \"{NightlySchedule.DefaultCron}\"); "
                + "validated and shown here, the run itself happens once, now",
        };
        var output = new Option<string>("--out")
        {
            Description = "the embedded run store (runs/<run id>/…, draws/<date>/…); with --postgres, where the run's files are rendered",
            DefaultValueFactory = _ => "out/nightly",
        };
        OutputPath.MustBeDirectory(output);
        var postgres = new Option<bool>("--postgres")
        {
            Description = "keep runs, assessments and draws in PostgreSQL and queue the jobs there (Hangfire.PostgreSql), so that `supervision worker` "
                + "processes on any machine share the chunks; migrates the database first",
        };
        var connection = new Option<string?>("--connection") { Description = "PostgreSQL connection string for --postgres; default: the SUPERVISION_DB environment variable" };
        var noFiles = new Option<bool>("--no-files")
        {
            Description = "with --postgres: keep the run in PostgreSQL only, as `supervision serve` does, and render no files (the report then shows the run record)",
        };
        var timings = new Option<bool>("--timings") { Description = "print how long each step of each job took (on standard error), for benchmarks" };
        var memoryBudget = CommonOptions.MemoryBudget();
        var ledger = DrawLedgerCommands.Ledger();
        var command = new Command("nightly",
            "The nightly run as Hangfire jobs — inside this process, or with --postgres queued in PostgreSQL where `supervision worker` processes share them: plan the run, score the population in chunk jobs, then write the assessments "
            + "and draw every plan in <rules>/plans once all chunks are done. A plan is drawn once per period: a later night, or another --out under the same ledger, draws it no more (\"already drawn\"); "
            + "an interrupted run resumes when started again.")
        {
            data, rules, asOf, seed, calendar, chunkSize, workers, cron, output, postgres, connection, noFiles, timings, memoryBudget, ledger,
        };
        var gates = new GateOptions();
        var desk = new DrawDeskOptions();
        foreach (var option in gates.All.Concat(desk.All))
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, ct) => !desk.TryRead(parse, out var drawDesk) ? Task.FromResult(ExitCodes.Usage) : RunAsync(parse.GetValue(data)!, parse.GetValue(rules)!, parse.GetValue(asOf), parse.GetValue(seed),
            parse.GetValue(calendar), parse.GetValue(chunkSize), parse.GetValue(workers), parse.GetValue(cron), parse.GetValue(output)!,
            parse.GetValue(postgres), parse.GetValue(connection), parse.GetValue(noFiles), parse.GetValue(timings), parse.GetValue(memoryBudget), gates.Read(parse),
            parse.GetValue(ledger), drawDesk, clock, ct));
        return command;
    }

    private static async Task<int> RunAsync(
        string dataDir, string rulesDir, string? asOfText, string? seed, string? calendarFile, int chunkSize, int workers, string? cron, string output,
        bool postgres, string? connection, bool noFiles, bool timings, int memoryBudgetMiB, DrawGateThresholds gates, string? ledger, DrawDesk? desk,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        if (noFiles && !postgres)
        {
            Console.Error.WriteLine("--no-files needs --postgres: the embedded mode keeps its runs as files");
            return ExitCodes.Usage;
        }

        if (!CommonOptions.TryAsOf(asOfText, clock, out var asOf) || !ValidSeed(seed) || !ValidCounts(chunkSize, workers, postgres) || !ValidSchedule(cron, clock))
        {
            return ExitCodes.Usage;
        }

        var bundle = BundleLoading.Load(rulesDir, "nothing was scored or drawn");
        if (bundle is null)
        {
            return BundleLoading.FailureCode(rulesDir);
        }

        var calendar = calendarFile ?? Path.Combine(rulesDir, "calendar", "cn-working-days.csv");
        var plansDirectory = Path.Combine(rulesDir, "plans");
        if (!File.Exists(Path.Combine(dataDir, PopulationLoader.EnterprisesFile)) || !File.Exists(calendar) || !Directory.Exists(plansDirectory))
        {
            Console.Error.WriteLine($"need {Path.Combine(dataDir, PopulationLoader.EnterprisesFile)}, the calendar {calendar} and the plans in {plansDirectory}");
            return ExitCodes.MissingInput;
        }

        var planFiles = Directory.GetFiles(plansDirectory, "*.yaml").Order(StringComparer.Ordinal).ToArray();
        var diagnostics = new DiagnosticBag();
        var plans = DrawOnce.CheckInputs(bundle, planFiles, calendar, diagnostics, asOf);
        diagnostics.Sorted().ToList().ForEach(d => Console.Error.WriteLine(d));
        if (plans is null || plans.Count == 0)
        {
            Console.Error.WriteLine(plans is null ? "the plans or the calendar have errors; nothing was scored or drawn" : $"no plan in {plansDirectory}; nothing was scored or drawn");
            return ExitCodes.InvalidBundle;
        }

        // The seed is the one random input of a draw; it comes from the OS at this edge and is recorded with the run.
        var settings = new NightlySettings(dataDir, rulesDir, planFiles, calendar, chunkSize,
            seed ?? Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)))
        {
            Bundle = bundle,
            MemoryBudget = (long)memoryBudgetMiB << 20,
            Gates = gates,

            // The embedded mode's run store is its --out: the ledger keeps one draw per plan and period across them. In
            // the PostgreSQL mode the database's claims are the ledger.
            Ledger = postgres ? null : new DrawLedger(ledger ?? DrawLedger.DefaultDirectory()),
            Desk = desk,
        };
        var files = new FileRunStore(output);
        if (!postgres)
        {
            await ExecutePreparedAsync(files, desk, clock, cancellationToken);
            return await RunNightAsync(settings, files, files, asOf, seed, workers, clock, renderFiles: true, (store, progress) =>
                new EmbeddedNightly(settings, store, clock) { Workers = workers, Progress = progress, Hooks = Hooks(timings) }.RunAsync, cancellationToken);
        }

        return await DbCommand.Run(connection, 5, async database =>
        {
            await new MigrationRunner(database).MigrateAsync(cancellationToken);
            var store = new PostgresRunStore(database, clock, $"{Environment.MachineName}:{Environment.ProcessId}");
            var storage = await PostgresJobStorage.OpenAsync(database, null, cancellationToken);
            Console.Error.WriteLine($"PostgreSQL mode: runs, assessments and draws in {database.Target}; files rendered into {files.Root}");
            var executed = await ExecutePreparedAsync(store, desk, clock, cancellationToken);
            var code = await RunNightAsync(settings, store, files, asOf, seed, workers, clock, !noFiles, (runStore, progress) =>
                new NightlyRunner(storage, settings with
                {
                    TakeIn = TakeIn(new ResultEntryStore(database, clock), rulesDir, dataDir, files.Root),
                    AfterRun = new RunReportStore(database, clock).EnsureBuiltAsync,
                }, runStore, clock)
                {
                    Workers = workers,
                    Hooks = Hooks(timings),
                    Progress = progress,
                    OnPlanning = (run, ct) => RegistryImport.ImportAsync(database, clock, store.Worker, settings.DataDirectory, run, ct),
                }.RunAsync, cancellationToken);

            // The public notice as rendered now is the one published: its hashes go into the audit chain once per draw.
            Failpoint.Reach("nightly-before-publication");
            var runId = NightlyRunId.For(asOf, bundle.Bundle.ContentHash);
            await PublishDrawNotice.AppendOnceAsync(database, clock, store, files, runId, cancellationToken);
            if (desk is not null)
            {
                // The pre-draw notice enters the chain the night it is published, before its public value exists; a
                // draw made from a preparation enters it when made.
                foreach (var run in (IEnumerable<RunRecord?>)[.. executed, await store.GetRunAsync(runId, cancellationToken)])
                {
                    if (run is not null)
                    {
                        await PublishDrawNotice.AppendDeskOnceAsync(database, clock, desk, run, cancellationToken);
                    }
                }
            }

            return code;
        }, cancellationToken);
    }

    /// <summary>
    /// Draws the nights prepared before whose public value and shares are on the desk now, and says what still waits.
    /// Returns the runs drawn.
    /// </summary>
    private static async Task<IReadOnlyList<RunRecord>> ExecutePreparedAsync(IRunStore store, DrawDesk? desk, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (desk is null)
        {
            return [];
        }

        var executed = await new ExecutePreparedNights(store, desk, clock, NullLogger.Instance).RunAsync(cancellationToken);
        foreach (var run in executed)
        {
            Console.WriteLine($"drew {run.DrawId} for the night of {run.AsOf:yyyy-MM-dd} prepared before (its public value and shares are on the desk); "
                + $"written to {desk.PreparationDirectory(run.DrawId!)}");
        }

        foreach (var run in await store.PreparedRunsAsync(cancellationToken))
        {
            Console.Error.WriteLine($"the night of {run.AsOf:yyyy-MM-dd} is prepared and not drawn yet: {run.Message}");
        }

        return executed;
    }

    private static NightlyHooks Hooks(bool timings)
    {
        var started = Stopwatch.GetTimestamp();
        return new NightlyHooks
        {
            Timing = timings
                // The collector's pauses so far (process-wide, all jobs together) tell how much of a step was spent collecting.
                ? line => Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"[{Stopwatch.GetElapsedTime(started).TotalSeconds,7:0.0} s, GC paused {GC.GetTotalPauseDuration().TotalSeconds,5:0.0} s, collections {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, heap after the last full {GC.GetGCMemoryInfo(GCKind.FullBlocking).HeapSizeBytes / 1048576} MiB] {line}"))
                : null,
        };
    }

    private static async Task<int> RunNightAsync(
        NightlySettings settings, IRunStore store, FileRunStore files, DateOnly asOf, string? seed, int workers, TimeProvider clock, bool renderFiles,
        Func<IRunStore, Action<int, int>, Func<string, DateOnly, CancellationToken, Task<NightlyOutcome>>> runner, CancellationToken cancellationToken)
    {
        var bundle = settings.Bundle!;
        var runId = NightlyRunId.For(asOf, bundle.Bundle.ContentHash);
        var existing = await store.GetRunAsync(runId, cancellationToken);
        if (existing is { Status: RunStatus.Completed or RunStatus.AlreadyDrawn or RunStatus.Prepared })
        {
            // A night kept in the database may have completed without its files (the process died before rendering, or
            // this --out is new): they are rendered now, from the store, byte for byte what the first rendering wrote.
            var renderNow = renderFiles && !ReferenceEquals(store, files) && !HasFiles(files, existing);
            if (renderNow)
            {
                await RunExport.WriteAsync(store, existing, bundle, files.Root, null, cancellationToken);
            }

            Console.WriteLine((existing.Status == RunStatus.Prepared
                ? $"already prepared: run {runId} prepared {existing.DrawId} for {asOf:yyyy-MM-dd}; nothing was prepared again"
                : existing.Status == RunStatus.Completed
                ? $"already drawn: run {runId} drew {existing.DrawId} for {asOf:yyyy-MM-dd}; nothing was drawn"
                : existing.Message) + (renderNow ? $"; its files were missing and are rendered now into {files.RunDirectory(runId)}" : ""));
            return ExitCodes.Ok;
        }

        if (existing is not null && seed is not null && seed != existing.Seed)
        {
            Console.Error.WriteLine($"run {runId} was planned with another seed; resuming it with its own");
        }

        var watch = Stopwatch.StartNew();
        Console.Error.WriteLine($"{(existing is null ? "nightly run" : "resuming nightly run")} {runId} on {workers} worker(s) here, "
            + $"chunks of {existing?.ChunkSize ?? settings.ChunkSize:N0}");
        NightlyOutcome outcome;
        try
        {
            outcome = await runner(store, (complete, chunks) => new ConsoleProgress("scored chunks", chunks).Report(complete))(runId, asOf, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine();
            Console.Error.WriteLine($"interrupted; what was done is kept in the run store: run the same command again to resume run {runId}");
            return ExitCodes.RunIncomplete;
        }

        if (outcome.Failure is not null || outcome.Run is null)
        {
            Console.Error.WriteLine();
            Console.Error.WriteLine(outcome.Failure);
            Console.Error.WriteLine($"the nightly run {runId} did not complete; what was done is kept in the run store: run the same command again to resume");
            return ExitCodes.RunIncomplete;
        }

        if (!renderFiles && outcome.Run.Status is not (RunStatus.Failed or RunStatus.Refused))
        {
            var run = outcome.Run;
            Console.Error.WriteLine($"\rscored {run.Enterprises:N0} enterprises in {run.Chunks} chunk(s); run {run.Status.ToString().ToLowerInvariant()} after {watch.Elapsed.TotalSeconds:0.0} s        ");
            Console.Error.Write(run.ImportReport);
            Console.WriteLine(run.Status == RunStatus.Completed
                ? $"run {run.RunId} drew {run.DrawId} for {run.AsOf:yyyy-MM-dd}; kept in the database, no files rendered (--no-files)"
                : run.Message);
            return run.RejectedRows > 0 ? ExitCodes.CompletedWithProblems : ExitCodes.Ok;
        }

        // Crash tests kill the process here: the night is complete in the store, its files not yet rendered.
        Failpoint.Reach("nightly-before-render");
        (AssessmentSummary Summary, DrawResult? Draw)? rendered = null;
        if (outcome.Run.Status is not (RunStatus.Failed or RunStatus.Refused) && !ReferenceEquals(store, files))
        {
            var rendering = Stopwatch.StartNew();
            var summary = new AssessmentSummary(bundle.Bundle.Manifest);
            rendered = (summary, await RunExport.WriteAsync(store, outcome.Run, bundle, files.Root, a => summary.Add(a), cancellationToken));
            Console.Error.WriteLine($"\rrun {outcome.Run.Status.ToString().ToLowerInvariant()} after {watch.Elapsed.TotalSeconds - rendering.Elapsed.TotalSeconds:0.0} s; "
                + $"files rendered from the database in {rendering.Elapsed.TotalSeconds:0.0} s                ");
        }

        if (existing is null && seed is not null && outcome.Run.Seed != seed)
        {
            // Another process planned the same night first (two starts at once): its run, with its seed, is the night.
            Console.Error.WriteLine($"note: run {runId} was planned by another process with its own seed; this command's --seed was not used "
                + $"and the draw reported below is that run's (seed commitment in its record)");
        }

        return await ReportAsync(store, files, outcome.Run, bundle, workers, watch.Elapsed, rendered, cancellationToken);
    }

    private static async Task<int> ReportAsync(
        IRunStore store, FileRunStore files, RunRecord run, CompiledBundle bundle, int workers, TimeSpan elapsed,
        (AssessmentSummary Summary, DrawResult? Draw)? rendered, CancellationToken cancellationToken)
    {
        Console.Error.WriteLine($"\rscored {run.Enterprises:N0} enterprises in {run.Chunks} chunk(s); run {run.Status.ToString().ToLowerInvariant()} after {elapsed.TotalSeconds:0.0} s        ");
        Console.Error.Write(run.ImportReport);
        if (run.Status == RunStatus.Refused)
        {
            Console.Error.WriteLine(run.Message);
            return ExitCodes.DrawRefused;
        }

        if (run.Status == RunStatus.Failed)
        {
            Console.Error.WriteLine(run.Message);
            Console.Error.WriteLine($"nothing was drawn; fix the input and run the same command again (run {run.RunId})");
            return run.Message.StartsWith(DrawNight.PlanErrors, StringComparison.Ordinal) ? ExitCodes.InvalidBundle : ExitCodes.MissingInput;
        }

        var summary = rendered?.Summary;
        if (summary is null)
        {
            summary = new AssessmentSummary(bundle.Bundle.Manifest);
            await foreach (var assessment in store.StreamAssessmentsAsync(run.RunId, bundle, cancellationToken))
            {
                summary.Add(assessment);
            }
        }

        var assessmentsFile = files.AssessmentsFile(run.RunId);
        Console.WriteLine($"as-of {run.AsOf:yyyy-MM-dd} · bundle {run.BundleId} {run.BundleVersion} · sha256 {run.BundleHash}");
        Console.WriteLine(summary.Format());
        Console.WriteLine($"wrote {assessmentsFile} in {elapsed.TotalSeconds:0.0} s (run {run.RunId}: {run.Chunks} chunk job(s) of up to {run.ChunkSize:N0} on {workers} worker(s))");
        if (summary.Errors > 0)
        {
            Console.Error.WriteLine($"{summary.Errors} enterprises could not be evaluated: see the error column of {assessmentsFile}");
        }

        var unassigned = 0;
        if (run.Status is RunStatus.AlreadyDrawn or RunStatus.Prepared)
        {
            Console.WriteLine(run.Message);
        }
        else if ((rendered is { } done ? done.Draw : await store.ReadDrawAsync(run.RunId, cancellationToken)) is { } draw)
        {
            DrawCommand.Summarize(draw, files.DrawDirectory(run.RunId));
            unassigned = draw.Record.Outcome.Tasks.Count(t => t.UnassignedReason is not null);
        }

        return run.RejectedRows > 0 || summary.Errors > 0 || unassigned > 0 ? ExitCodes.CompletedWithProblems : ExitCodes.Ok;
    }

    /// <summary>True when <paramref name="files"/> holds the run's assessments and, for a run that drew, its draw.</summary>
    private static bool HasFiles(FileRunStore files, RunRecord run)
        => File.Exists(files.AssessmentsFile(run.RunId))
            && (run.Status != RunStatus.Completed || File.Exists(Path.Combine(files.DrawDirectory(run.RunId), DrawOutputs.RecordFile)));

    private static bool ValidSeed(string? seed)
    {
        if (seed is null)
        {
            return true;
        }

        try
        {
            _ = new Lottery(seed);
            return true;
        }
        catch (ArgumentException)
        {
            Console.Error.WriteLine($"--seed '{seed}': a seed is 64 lower-case hexadecimal characters (32 bytes)");
            return false;
        }
    }

    // The results confirmed in the web service are taken in before the inputs are cut (under --out), and said so.
    private static Func<DateOnly, CompiledBundle, CancellationToken, Task<ResultsIntake>> TakeIn(ResultEntryStore store, string rulesDir, string dataDir, string workDir)
    {
        var takeIn = TakeInResults.For(store, rulesDir, dataDir, workDir);
        return async (asOf, bundle, cancellationToken) =>
        {
            var intake = await takeIn(asOf, bundle, cancellationToken);
            if (intake.Results + intake.Rejected > 0)
            {
                Console.Error.WriteLine($"{asOf:yyyy-MM-dd}: {intake.Summary}; the night reads {intake.DataDirectory}");
            }

            return intake;
        };
    }

    private static bool ValidCounts(int chunkSize, int workers, bool postgres)
    {
        if (chunkSize >= 1 && (workers >= 1 || (postgres && workers == 0)))
        {
            return true;
        }

        Console.Error.WriteLine($"--chunk-size ({chunkSize}) and --workers ({workers}) must be at least 1 (--workers 0 only with --postgres: the jobs run in `supervision worker` processes)");
        return false;
    }

    private static bool ValidSchedule(string? cron, TimeProvider clock)
    {
        if (cron is null)
        {
            return true;
        }

        if (!NightlySchedule.TryNext(cron, clock.GetUtcNow(), out var next, out var error))
        {
            Console.Error.WriteLine($"--cron '{cron}': {error}; five fields (minute hour day-of-month month day-of-week) in {NightlySchedule.TimeZoneId} time, e.g. \"{NightlySchedule.DefaultCron}\"");
            return false;
        }

        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"schedule \"{cron}\" ({NightlySchedule.TimeZoneId}): next at {next:yyyy-MM-dd HH:mm zzz}, once the long-lived server registers it; this invocation runs once, now"));
        return true;
    }
}
