using Hangfire;
using Supervision.Application.Nightly;

namespace Supervision.Jobs;

/// <summary>The Hangfire job of the night's draw: <see cref="DrawNight"/>.</summary>
/// <remarks>Contract: <c>Supervision.Jobs.DrawsJob, Supervision.Jobs</c>, <c>RunAsync</c>, argument (run id).</remarks>
[AutomaticRetry(Attempts = 3, DelaysInSeconds = new[] { 2, 15, 60 })]
[Queue(NightlyJob.Queue)]
internal sealed class DrawsJob(NightlyServices services)
{
    /// <param name="runId">The run.</param>
    /// <param name="cancellationToken">Hangfire's shutdown token.</param>
    public Task RunAsync(string runId, CancellationToken cancellationToken) => new DrawNight(services).RunAsync(runId, cancellationToken);
}
