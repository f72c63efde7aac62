using Hangfire;
using Supervision.Application.Nightly;

namespace Supervision.Jobs;

/// <summary>The Hangfire job of one chunk of a night: <see cref="ScoreChunk"/>.</summary>
/// <remarks>
/// Contract: <c>Supervision.Jobs.ScoreChunkJob, Supervision.Jobs</c>, <c>RunAsync</c>, arguments (run id, chunk number).
/// </remarks>
[AutomaticRetry(Attempts = 3, DelaysInSeconds = new[] { 2, 15, 60 })]
[Queue(NightlyJob.Queue)]
internal sealed class ScoreChunkJob(NightlyServices services)
{
    /// <param name="runId">The run.</param>
    /// <param name="chunkNo">The chunk, 0-based.</param>
    /// <param name="cancellationToken">Hangfire's shutdown token.</param>
    public Task RunAsync(string runId, int chunkNo, CancellationToken cancellationToken)
        => new ScoreChunk(services).RunAsync(runId, chunkNo, cancellationToken);
}
