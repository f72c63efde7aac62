using Hangfire;
using Supervision.Data.Scoring;
using Supervision.Rules.Scoring;

namespace Supervision.Jobs;

/// <summary>
/// Scores one chunk of a run with the same engine as <c>supervision score</c>, saves its assessments atomically, and
/// counts it complete; the job that completes the last chunk enqueues the <see cref="DrawsJob"/> (fan-in).
/// </summary>
/// <remarks>
/// Idempotent: delivered twice, it saves the same assessments twice and counts the chunk once; the store lets exactly
/// one completion start the draws. Contract: <c>Supervision.Jobs.ScoreChunkJob, Supervision.Jobs</c>, <c>RunAsync</c>,
/// arguments (run id, chunk number).
/// </remarks>
[AutomaticRetry(Attempts = 3, DelaysInSeconds = new[] { 2, 15, 60 })]
[Queue(NightlyJob.Queue)]
internal sealed class ScoreChunkJob(NightlyServices services)
{
    /// <param name="runId">The run.</param>
    /// <param name="chunkNo">The chunk, 0-based: enterprises chunkNo × chunk size … in registry order.</param>
    /// <param name="cancellationToken">Hangfire's shutdown token; checked between batches of the engine.</param>
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
        var start = chunkNo * run.ChunkSize;
        var count = Math.Min(run.ChunkSize, run.Enterprises - start);
        var engine = inputs.RentEngine();
        List<Assessment> assessments = [.. engine.Score(PopulationInputs.For(inputs.Population, inputs.Builder, run.AsOf, start, count), run.AsOf, cancellationToken)];
        inputs.ReturnEngine(engine);

        await store.SaveChunkAsync(runId, chunkNo, assessments, inputs.Bundle, cancellationToken);
        services.Hooks.ChunkSaved?.Invoke(runId, chunkNo);
        if (await store.CompleteChunkAsync(runId, chunkNo, cancellationToken))
        {
            services.Jobs.Enqueue<DrawsJob>(job => job.RunAsync(runId, CancellationToken.None));
        }
    }
}
