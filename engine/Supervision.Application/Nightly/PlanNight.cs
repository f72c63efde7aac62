using System.Diagnostics;
using Supervision.Data.Import.Slices;
using Supervision.Runs;

namespace Supervision.Application.Nightly;

/// <summary>
/// The first step of a night: records the run (or finds it), splits the registry into chunks of
/// <see cref="NightlySettings.ChunkSize"/> enterprises in registry order, and queues one <see cref="ScoreChunk"/> per
/// chunk not yet complete. Run again for the same night, it resumes: only the missing chunks, or the draw, are queued.
/// </summary>
public sealed class PlanNight(NightlyServices services)
{
    /// <param name="runId">The run, <see cref="NightlyRunId.For"/> the as-of date and the bundle in force.</param>
    /// <param name="asOf">The as-of date, which is also the draw date.</param>
    /// <param name="cancellationToken">The host's shutdown token.</param>
    public async Task RunAsync(string runId, DateOnly asOf, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(runId);

        // The draws prepared on earlier nights are made first, where their public value and shares have arrived since.
        await ExecutePreparedNights.RunAsync(services, cancellationToken);
        var store = services.Store;
        var run = await store.GetRunAsync(runId, cancellationToken);
        if (run is { IsFinal: true, Status: not (RunStatus.Failed or RunStatus.Refused) })
        {
            return;
        }

        run = await PlanAsync(runId, asOf, cancellationToken);
        // An interrupted night left the temporaries of its killed writers; its jobs are about to run again.
        await store.DeleteStaleTemporariesAsync(runId, cancellationToken);
        var complete = await store.CompletedChunksAsync(runId, cancellationToken);
        if (run.Status == RunStatus.Failed)
        {
            // A run stops as Failed on inputs a person can fix (plans, calendar); starting the night again retries it.
            run = run with
            {
                Status = complete.Count >= run.Chunks ? RunStatus.Drawing : RunStatus.Scoring,
                Message = "",
                UpdatedAt = services.Clock.GetUtcNow(),
            };
            await store.UpdateRunAsync(run, cancellationToken);
        }

        if (complete.Count >= run.Chunks)
        {
            services.Queue.Draw(runId);
            return;
        }

        if (complete.Count > 0)
        {
            NightlyLog.RunResumed(services.Logger, runId, run.Chunks - complete.Count, run.Chunks);
        }

        for (var chunk = 0; chunk < run.Chunks; chunk++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!complete.Contains(chunk))
            {
                services.Queue.ScoreChunk(runId, chunk);
            }
        }
    }

    /// <summary>
    /// Records the run unless it exists: cuts this process's data directory into the run's input slices, stores them,
    /// then the run (with this process's chunk size and seed). A host that wants its own seed used plans the run before
    /// it enqueues the job.
    /// </summary>
    public async Task<RunRecord> PlanAsync(string runId, DateOnly asOf, CancellationToken cancellationToken)
    {
        var inputs = services.Inputs.Get(runId);
        var expected = NightlyRunId.For(asOf, inputs.Bundle.Bundle.ContentHash);
        if (expected != runId)
        {
            throw new InvalidOperationException($"run id {runId} does not belong to as-of {asOf:yyyy-MM-dd} under the bundle in force (that run is {expected})");
        }

        var run = await services.Store.GetRunAsync(runId, cancellationToken);
        if (run is null or { Status: RunStatus.Refused })
        {
            // Two processes may plan the same night at once: the second waits, then finds the first one's run.
            await using (await services.Store.LockPlanningAsync(runId, cancellationToken))
            {
                run = await services.Store.GetRunAsync(runId, cancellationToken);
                if (run is { Status: RunStatus.Refused })
                {
                    // The gates refused the inputs this run was planned from; the files on disk now may be corrected.
                    await services.Store.DiscardRefusedRunAsync(runId, cancellationToken);
                    NightlyLog.RefusedRunDiscarded(services.Logger, runId);
                    run = null;
                }

                run ??= await CreateAsync(runId, asOf, inputs, cancellationToken);
            }
        }

        inputs.Verify(run);
        return run;
    }

    private async Task<RunRecord> CreateAsync(string runId, DateOnly asOf, RunInputs inputs, CancellationToken cancellationToken)
    {
        var settings = services.Settings;
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.ChunkSize, 1);
        var started = Stopwatch.GetTimestamp();

        // The hook (the registry import) works beside the cutting, which leaves a core mostly idle: it waits for the
        // run only to record it, and rolls back if planning fails.
        var planned = new TaskCompletionSource<RunRecord>(TaskCreationOptions.RunContinuationsAsynchronously);
        var hook = services.OnPlanning is { } onPlanning ? Task.Run(() => onPlanning(planned.Task, cancellationToken), CancellationToken.None) : null;
        RunRecord run;
        try
        {
            var dataDirectory = settings.DataDirectory;
            if (settings.TakeIn is { } takeIn)
            {
                var intake = await takeIn(asOf, inputs.Bundle, cancellationToken);
                dataDirectory = intake.DataDirectory;
                if (intake.Results + intake.Rejected > 0)
                {
                    NightlyLog.ResultsTakenIn(services.Logger, runId, intake.Results, intake.Rejected, intake.Findings, intake.InspectionRows, intake.PenaltyRows, intake.ListingRows);
                }

                services.Hooks.Took("plan: take in the results confirmed in the service", started);
                started = Stopwatch.GetTimestamp();
            }

            var partition = await InputsUpload.RunAsync(
                services.Store, runId, dataDirectory, settings.ChunkSize, inputs.Builder.ReadsLearnedRisk, cancellationToken);
            var dataHash = DataFingerprint.Combine(partition.FileHashes);
            services.Hooks.Took("plan: cut, fingerprint and store the input slices", started);
            run = await services.Store.CreateRunAsync(Plan(runId, asOf, inputs, dataHash, partition), cancellationToken);
            inputs.Verify(run);
            NightlyLog.RunPlanned(services.Logger, runId, asOf, run.Enterprises, run.Chunks, run.ChunkSize);
        }
        catch (Exception e)
        {
            planned.TrySetException(e);
            if (hook is not null)
            {
                // Its own failure, if any, is the echo of this one.
                await hook.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            }

            throw;
        }

        planned.SetResult(run);
        if (hook is not null)
        {
            started = Stopwatch.GetTimestamp();
            await hook;
            services.Hooks.Took("plan: finish the registry import (begun beside the cutting)", started);
        }

        return run;
    }

    private RunRecord Plan(string runId, DateOnly asOf, RunInputs inputs, string dataHash, InputPartition partition)
    {
        var settings = services.Settings;
        var seed = settings.Seed ?? settings.FreshSeed?.Invoke() ?? throw new InvalidOperationException("no draw seed is configured for new runs");
        var manifest = inputs.Bundle.Bundle.Manifest;
        var now = services.Clock.GetUtcNow();

        // Until the chunks are scored, the run counts the registry's USCCs and knows of no rejected row; the draws job
        // replaces both with what the chunks' imports found.
        return new RunRecord(
            runId, asOf, manifest.Id, manifest.Version, inputs.Bundle.Bundle.ContentHash, dataHash, seed, settings.ChunkSize,
            partition.Chunks, partition.RegistryKeys, 0, "", RunStatus.Scoring)
        {
            CreatedAt = now,
            UpdatedAt = now,
        };
    }
}
