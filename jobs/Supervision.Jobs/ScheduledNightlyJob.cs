using Hangfire;
using Supervision.Application.Nightly;

namespace Supervision.Jobs;

/// <summary>
/// The recurring job of the long-lived service: at each tick of the schedule (default 02:30 Asia/Shanghai) it takes
/// today's date in Shanghai as the as-of date and enqueues that night's <see cref="NightlyJob"/>. Run twice on one day
/// (a catch-up after downtime, a manual trigger), it enqueues the same run, which resumes or finds the night drawn.
/// </summary>
/// <remarks>Contract: <c>Supervision.Jobs.ScheduledNightlyJob, Supervision.Jobs</c>, <c>RunAsync</c>, no arguments besides the token.</remarks>
[AutomaticRetry(Attempts = 3, DelaysInSeconds = new[] { 2, 15, 60 })]
[Queue(NightlyJob.Queue)]
public sealed class ScheduledNightlyJob(NightlyServices services)
{
    /// <summary>The recurring job's id in Hangfire.</summary>
    public const string RecurringId = "supervision-nightly";

    /// <param name="cancellationToken">Hangfire's shutdown token.</param>
    public Task RunAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var asOf = Today(services.Clock);
        var runId = NightlyRunId.For(asOf, services.Inputs.BundleInForce().Bundle.ContentHash);
        services.Queue.Plan(runId, asOf);
        return Task.CompletedTask;
    }

    /// <summary>The calendar date in Asia/Shanghai at the clock's now.</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(NightlySchedule.TimeZoneId);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime);
    }
}
