using System.Diagnostics;
using Supervision.Application.Alerts;
using Supervision.Application.Scoring;
using Supervision.Data.Draws;
using Supervision.Data.Import.Slices;
using Supervision.Rules.Alerts;
using Supervision.Rules.Scoring;
using Supervision.Runs;

namespace Supervision.Application.Nightly;

/// <summary>
/// A step of a night: imports one chunk of a run from its input slices, scores it with the same engine as
/// <c>supervision score</c>, saves its summary (import report, draw candidates) and its assessments atomically, and
/// counts it complete; the step that completes the last chunk queues the <see cref="DrawNight"/> (fan-in).
/// </summary>
/// <remarks>
/// Idempotent: run twice, it saves the same assessments twice and counts the chunk once; the store lets exactly one
/// completion start the draw.
/// </remarks>
public sealed class ScoreChunk(NightlyServices services)
{
    /// <param name="runId">The run.</param>
    /// <param name="chunkNo">The chunk, 0-based: the registry's distinct USCCs chunkNo × chunk size … in file order.</param>
    /// <param name="cancellationToken">The host's shutdown token; checked between batches of the engine.</param>
    public async Task RunAsync(string runId, int chunkNo, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(runId);
        ArgumentOutOfRangeException.ThrowIfNegative(chunkNo);
        var store = services.Store;
        var run = await store.GetRunAsync(runId, cancellationToken) ?? throw new InvalidOperationException($"run {runId} does not exist");
        if (run.IsFinal)
        {
            return;
        }

        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(chunkNo, run.Chunks);
        var inputs = services.Inputs.Get(run);
        var builder = inputs.Builder;
        var hooks = services.Hooks;
        var started = Stopwatch.GetTimestamp();
        var jobStarted = started;
        var buffers = services.SliceBuffers;
        var slices = await store.ReadInputsAsync(runId, chunkNo, cancellationToken, buffers.Rent);
        var engine = inputs.RentEngine();
        var scoring = new ScorePopulation(inputs.Bundle, builder, engine);
        var population = scoring.Load(new InputSliceSource(slices));
        var rejected = population.Reports.Sum(r => r.Rejected);

        // Imported: nothing refers to the slices' bytes any more.
        foreach (var slice in slices)
        {
            buffers.Return(slice);
        }

        hooks.Took($"chunk {chunkNo} import", started);
        started = Stopwatch.GetTimestamp();
        var assessments = new List<Assessment>(population.Enterprises.Count);
        assessments.AddRange(scoring.Score(population, run.AsOf, cancellationToken));
        inputs.ReturnEngine(engine);
        hooks.Took($"chunk {chunkNo} score", started);
        started = Stopwatch.GetTimestamp();

        // The night's alerts compare these enterprises with the last night that drew; their case leads join the candidates.
        var previousRun = await store.PreviousCompletedRunAsync(run.AsOf, cancellationToken);
        var previous = previousRun is null
            ? new Dictionary<string, PreviousStanding>(StringComparer.Ordinal)
            : await store.ReadStandingsAsync(previousRun.RunId, [.. population.Enterprises.Select(e => e.Uscc)], cancellationToken);
        var alerts = new RaiseAlerts(inputs.Bundle).Raise(population, assessments, previous, run.AsOf);
        hooks.Took($"chunk {chunkNo} alerts", started);
        started = Stopwatch.GetTimestamp();

        // What the draws need of these enterprises travels with the chunk, so the draws job reads no population.
        var candidates = RaiseAlerts.WithLeads(DrawCandidates.Build(population, assessments.ToDictionary(a => a.Uscc, StringComparer.Ordinal), run.AsOf), alerts);
        await store.SaveChunkSummaryAsync(runId, chunkNo, new ChunkSummary(population.Reports, candidates) { Alerts = alerts }, cancellationToken);
        await store.SaveChunkAsync(runId, chunkNo, assessments, inputs.Bundle, cancellationToken);
        hooks.Took($"chunk {chunkNo} save", started);
        services.Hooks.ChunkSaved?.Invoke(runId, chunkNo);
        var seconds = Stopwatch.GetElapsedTime(jobStarted).TotalSeconds;
        NightlyLog.ChunkDone(services.Logger, runId, chunkNo, assessments.Count, rejected, seconds);
        if (await store.CompleteChunkAsync(runId, chunkNo, cancellationToken))
        {
            services.Queue.Draw(runId);
        }
    }
}
