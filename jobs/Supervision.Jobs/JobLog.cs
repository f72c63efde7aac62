using Microsoft.Extensions.Logging;

namespace Supervision.Jobs;

/// <summary>
/// What the job hosts tell operators beside the use cases' <see cref="Supervision.Application.Nightly.NightlyLog"/>:
/// Hangfire's retries and failures, and the memory governor's collections. Event ids are stable; log queries may rely on them.
/// </summary>
internal static partial class JobLog
{
    [LoggerMessage(EventId = 1010, Level = LogLevel.Warning, Message = "Job {Job}({Arguments}) failed and will be retried: {Reason}")]
    public static partial void JobRetried(ILogger logger, string job, string arguments, string reason);

    [LoggerMessage(EventId = 1011, Level = LogLevel.Error, Message = "Job {Job}({Arguments}) failed after its retries: {Reason}")]
    public static partial void JobFailed(ILogger logger, string job, string arguments, string reason);

    [LoggerMessage(EventId = 1020, Level = LogLevel.Information,
        Message = "Memory: {Reason}: {BeforeMiB} MiB resident, {AfterMiB} MiB after a full collection in {Seconds:0.00} s")]
    public static partial void MemoryCollected(ILogger logger, string reason, long beforeMiB, long afterMiB, double seconds);
}
