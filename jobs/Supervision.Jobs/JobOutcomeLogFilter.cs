using Hangfire.States;
using Hangfire.Storage;
using Microsoft.Extensions.Logging;

namespace Supervision.Jobs;

/// <summary>
/// Logs each nightly job that fails: retried (AutomaticRetry scheduled it again) or failed for good. Hangfire keeps the
/// details in its storage; the log tells operators without opening the dashboard.
/// </summary>
internal sealed class JobOutcomeLogFilter(ILogger logger) : IApplyStateFilter
{
    private const string RetryReason = "Retry attempt";

    public void OnStateApplied(ApplyStateContext context, IWriteOnlyTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(context);
        var job = context.BackgroundJob.Job;
        var name = job is null ? "?" : $"{job.Type.Name}.{job.Method.Name}";
        var arguments = job is null ? "" : string.Join(", ", job.Args.Where(a => a is not CancellationToken));
        switch (context.NewState)
        {
            case ScheduledState { Reason: { } reason } when reason.StartsWith(RetryReason, StringComparison.Ordinal):
                JobLog.JobRetried(logger, name, arguments, reason);
                break;
            case FailedState failed:
                JobLog.JobFailed(logger, name, arguments, $"{failed.Exception.GetType().Name}: {failed.Exception.Message}");
                break;
        }
    }

    public void OnStateUnapplied(ApplyStateContext context, IWriteOnlyTransaction transaction)
    {
    }
}
