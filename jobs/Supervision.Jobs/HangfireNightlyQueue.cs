using Hangfire;
using Supervision.Application.Nightly;

namespace Supervision.Jobs;

/// <summary>The night's next steps as Hangfire jobs, in the storage that <paramref name="jobs"/> writes to.</summary>
internal sealed class HangfireNightlyQueue(IBackgroundJobClient jobs) : INightlyQueue
{
    public void ScoreChunk(string runId, int chunkNo) => jobs.Enqueue<ScoreChunkJob>(job => job.RunAsync(runId, chunkNo, CancellationToken.None));

    public void Draw(string runId) => jobs.Enqueue<DrawsJob>(job => job.RunAsync(runId, CancellationToken.None));

    public void Plan(string runId, DateOnly asOf) => jobs.Enqueue<NightlyJob>(job => job.RunAsync(runId, asOf, CancellationToken.None));
}
