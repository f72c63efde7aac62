using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Supervision.Data.Draws;
using Supervision.Data.Import;
using Supervision.Data.Runs;
using Supervision.Data.Scoring;
using Supervision.Draws.Drawing;
using Supervision.Draws.Runs;
using Supervision.Jobs;
using Supervision.Rules.Compilation;
using Supervision.Rules.Diagnostics;

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
        var calendar = new Option<string?>("--calendar") { Description = "working-day calendar; default: <rules>/calendar/cn-working-days.csv" };
        var chunkSize = new Option<int>("--chunk-size") { Description = "enterprises per chunk job", DefaultValueFactory = _ => 1000 };
        var workers = new Option<int>("--workers") { Description = "Hangfire worker threads", DefaultValueFactory = _ => Environment.ProcessorCount };
        var cron = new Option<string?>("--cron")
        {
            Description = $"schedule of the long-lived server, five cron fields in {NightlySchedule.TimeZoneId} time (default there: \"{NightlySchedule.DefaultCron}\"); "
                + "validated and shown here, the run itself happens once, now",
        };
        var output = new Option<string>("--out") { Description = "the embedded run store (runs/<run id>/…, draws/<date>/…)", DefaultValueFactory = _ => "out/nightly" };
        var command = new Command("nightly",
            "The nightly run as Hangfire jobs inside this process: plan the run, score the population in chunk jobs, then write the assessments "
            + "and draw every plan in <rules>/plans once all chunks are done. A second run for the same date draws nothing (\"already drawn\"); "
            + "an interrupted run resumes when started again.\n" + ExitCodes.Help)
        {
            data, rules, asOf, seed, calendar, chunkSize, workers, cron, output,
        };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(data)!, parse.GetValue(rules)!, parse.GetValue(asOf), parse.GetValue(seed),
            parse.GetValue(calendar), parse.GetValue(chunkSize), parse.GetValue(workers), parse.GetValue(cron), parse.GetValue(output)!, clock, ct));
        return command;
    }

    private static async Task<int> RunAsync(
        string dataDir, string rulesDir, string? asOfText, string? seed, string? calendarFile, int chunkSize, int workers, string? cron, string output,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!CommonOptions.TryAsOf(asOfText, clock, out var asOf) || !ValidSeed(seed) || !ValidCounts(chunkSize, workers) || !ValidSchedule(cron, clock))
        {
            return ExitCodes.Usage;
        }

        var bundle = BundleLoading.Load(rulesDir, "nothing was scored or drawn");
        if (bundle is null)
        {
            return ExitCodes.InvalidBundle;
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
        var plans = DrawJob.LoadPlans(bundle, planFiles, diagnostics);
        diagnostics.Sorted().ToList().ForEach(d => Console.Error.WriteLine(d));
        if (plans is null || plans.Count == 0)
        {
            Console.Error.WriteLine(plans is null ? "the plans have errors; nothing was scored or drawn" : $"no plan in {plansDirectory}; nothing was scored or drawn");
            return ExitCodes.InvalidBundle;
        }

        var store = new FileRunStore(output);
        var runId = NightlyRunId.For(asOf, bundle.Bundle.ContentHash);
        var existing = await store.GetRunAsync(runId, cancellationToken);
        if (existing is { Status: RunStatus.Completed or RunStatus.AlreadyDrawn })
        {
            Console.WriteLine(existing.Status == RunStatus.Completed
                ? $"already drawn: run {runId} drew {existing.DrawId} for {asOf:yyyy-MM-dd} ({store.DrawDirectory(runId)}); nothing was done"
                : existing.Message);
            return ExitCodes.Ok;
        }

        if (existing is not null && seed is not null && seed != existing.Seed)
        {
            Console.Error.WriteLine($"run {runId} was planned with another seed; resuming it with its own (see {store.RunDirectory(runId)}/run.json)");
        }

        // The seed is the one random input of a draw; it comes from the OS at this edge and is recorded with the run.
        var settings = new NightlySettings(dataDir, rulesDir, planFiles, calendar, chunkSize,
            seed ?? Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)))
        {
            Bundle = bundle,
        };
        var watch = Stopwatch.StartNew();
        Console.Error.WriteLine($"{(existing is null ? "nightly run" : "resuming nightly run")} {runId} on {workers} worker(s), "
            + $"chunks of {existing?.ChunkSize ?? chunkSize:N0}; store {store.Root}");
        var runner = new EmbeddedNightly(settings, store, clock)
        {
            Workers = workers,
            Progress = (complete, chunks) => new ConsoleProgress("scored chunks", chunks).Report(complete),
        };
        NightlyOutcome outcome;
        try
        {
            outcome = await runner.RunAsync(runId, asOf, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine();
            Console.Error.WriteLine($"interrupted; what was done is kept in {store.RunDirectory(runId)}: run the same command again to resume");
            return ExitCodes.RunIncomplete;
        }

        if (outcome.Failure is not null || outcome.Run is null)
        {
            Console.Error.WriteLine();
            Console.Error.WriteLine(outcome.Failure);
            Console.Error.WriteLine($"the nightly run {runId} did not complete; what was done is kept in {store.RunDirectory(runId)}: run the same command again to resume");
            return ExitCodes.RunIncomplete;
        }

        return await ReportAsync(store, outcome.Run, bundle, workers, watch.Elapsed, cancellationToken);
    }

    private static async Task<int> ReportAsync(FileRunStore store, RunRecord run, CompiledBundle bundle, int workers, TimeSpan elapsed, CancellationToken cancellationToken)
    {
        Console.Error.WriteLine($"\rscored {run.Enterprises:N0} enterprises in {run.Chunks} chunk(s); run {run.Status.ToString().ToLowerInvariant()} after {elapsed.TotalSeconds:0.0} s        ");
        Console.Error.Write(run.ImportReport);
        if (run.Status == RunStatus.Failed)
        {
            Console.Error.WriteLine(run.Message);
            Console.Error.WriteLine($"nothing was drawn; fix the input and run the same command again (run {run.RunId})");
            return run.Message.StartsWith(DrawsJob.PlanErrors, StringComparison.Ordinal) ? ExitCodes.InvalidBundle : ExitCodes.MissingInput;
        }

        var summary = new AssessmentSummary(bundle.Bundle.Manifest);
        foreach (var assessment in await store.ReadAssessmentsAsync(run.RunId, bundle, cancellationToken))
        {
            summary.Add(assessment);
        }

        var assessmentsFile = store.AssessmentsFile(run.RunId);
        Console.WriteLine($"as-of {run.AsOf:yyyy-MM-dd} · bundle {run.BundleId} {run.BundleVersion} · sha256 {run.BundleHash}");
        Console.WriteLine(summary.Format());
        Console.WriteLine($"wrote {assessmentsFile} in {elapsed.TotalSeconds:0.0} s (run {run.RunId}: {run.Chunks} chunk job(s) of up to {run.ChunkSize:N0} on {workers} worker(s))");
        if (summary.Errors > 0)
        {
            Console.Error.WriteLine($"{summary.Errors} enterprises could not be evaluated: see the error column of {assessmentsFile}");
        }

        var unassigned = 0;
        if (run.Status == RunStatus.AlreadyDrawn)
        {
            Console.WriteLine(run.Message);
        }
        else if (await store.ReadDrawAsync(run.RunId, cancellationToken) is { } draw)
        {
            DrawCommand.Summarize(draw, store.DrawDirectory(run.RunId));
            unassigned = draw.Record.Outcome.Tasks.Count(t => t.UnassignedReason is not null);
        }

        return run.RejectedRows > 0 || summary.Errors > 0 || unassigned > 0 ? ExitCodes.CompletedWithProblems : ExitCodes.Ok;
    }

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

    private static bool ValidCounts(int chunkSize, int workers)
    {
        if (chunkSize >= 1 && workers >= 1)
        {
            return true;
        }

        Console.Error.WriteLine($"--chunk-size ({chunkSize}) and --workers ({workers}) must be at least 1");
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
