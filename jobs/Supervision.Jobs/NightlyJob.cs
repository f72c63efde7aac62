using Hangfire;
using Supervision.Application.Nightly;

namespace Supervision.Jobs;

/// <summary>The Hangfire job of the night's first step: <see cref="PlanNight"/>.</summary>
/// <remarks>
/// Contract: Hangfire stores the type name <c>Supervision.Jobs.NightlyJob, Supervision.Jobs</c>, the method name
/// <c>RunAsync</c> and the arguments (run id, as-of date); renaming any of them breaks jobs already enqueued.
/// </remarks>
[AutomaticRetry(Attempts = 3, DelaysInSeconds = new[] { 2, 15, 60 })]
[Queue(Queue)]
public sealed class NightlyJob(NightlyServices services)
{
    /// <summary>The Hangfire queue of every nightly job; worker processes subscribe to it.</summary>
    public const string Queue = "nightly";

    /// <param name="runId">The run, <see cref="NightlyRunId.For"/> the as-of date and the bundle in force.</param>
    /// <param name="asOf">The as-of date, which is also the draw date.</param>
    /// <param name="cancellationToken">Hangfire's shutdown token.</param>
    public Task RunAsync(string runId, DateOnly asOf, CancellationToken cancellationToken)
        => new PlanNight(services).RunAsync(runId, asOf, cancellationToken);
}
