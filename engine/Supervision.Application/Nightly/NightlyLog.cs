using Microsoft.Extensions.Logging;

namespace Supervision.Application.Nightly;

/// <summary>
/// What the nightly jobs tell operators, as structured events (the service and `worker` print them on the console, or as
/// JSON with <c>LogFormat: json</c> / <c>--log-format json</c>): the run planned, each chunk, the draw, refusals.
/// The hosts' own events (retries, memory collections) are the jobs' <c>JobLog</c>. Event ids are stable; log queries may rely on them.
/// </summary>
public static partial class NightlyLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information,
        Message = "Run {RunId} planned for {AsOf}: {Enterprises} enterprises in {Chunks} chunks of {ChunkSize}")]
    public static partial void RunPlanned(ILogger logger, string runId, DateOnly asOf, int enterprises, int chunks, int chunkSize);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Run {RunId} resumed: {Missing} of {Chunks} chunks to score")]
    public static partial void RunResumed(ILogger logger, string runId, int missing, int chunks);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information,
        Message = "Run {RunId} chunk {ChunkNo} done: {Enterprises} enterprises, {RejectedRows} rows rejected, in {Seconds:0.00} s")]
    public static partial void ChunkDone(ILogger logger, string runId, int chunkNo, int enterprises, long rejectedRows, double seconds);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Information,
        Message = "Run {RunId} drew {DrawId}: {Tasks} tasks, {Unassigned} unassigned, in {Seconds:0.00} s")]
    public static partial void DrawMade(ILogger logger, string runId, string drawId, int tasks, int unassigned, double seconds);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Warning, Message = "Run {RunId} drew nothing: {Reason}")]
    public static partial void AlreadyDrawn(ILogger logger, string runId, string reason);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Error, Message = "Run {RunId} refused by the input gates, nothing claimed: {Reasons}")]
    public static partial void DrawRefused(ILogger logger, string runId, string reasons);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Error, Message = "Run {RunId} failed on its inputs: {Reason}")]
    public static partial void RunFailed(ILogger logger, string runId, string reason);

    [LoggerMessage(EventId = 1008, Level = LogLevel.Information, Message = "Run {RunId} was refused before; discarded and planned afresh from the inputs as they are now")]
    public static partial void RefusedRunDiscarded(ILogger logger, string runId);

    [LoggerMessage(EventId = 1009, Level = LogLevel.Information,
        Message = "Run {RunId} prepared draw {DrawId} ({Entries} enterprises in pools): it waits for {PublicRandomness} and the shares of {Departments}")]
    public static partial void DrawPrepared(ILogger logger, string runId, string drawId, int entries, string publicRandomness, string departments);

    [LoggerMessage(EventId = 1012, Level = LogLevel.Information, Message = "Prepared draw {DrawId} of run {RunId} still waits: {Waiting}")]
    public static partial void PreparedDrawWaits(ILogger logger, string runId, string drawId, string waiting);

    [LoggerMessage(EventId = 1013, Level = LogLevel.Error,
        Message = "Prepared draw {DrawId} of run {RunId} was refused at execution, nothing drawn: {Reason}")]
    public static partial void PreparedDrawRefused(ILogger logger, string runId, string drawId, string reason);

    [LoggerMessage(EventId = 1014, Level = LogLevel.Information,
        Message = "Run {RunId} took in {Results} result(s) confirmed in the service ({Rejected} no longer accepted): {Findings} finding(s) decided, {InspectionRows} inspection row(s), {PenaltyRows} penalty row(s) and {ListingRows} abnormal-list row(s) fed back")]
    public static partial void ResultsTakenIn(ILogger logger, string runId, int results, int rejected, int findings, int inspectionRows, int penaltyRows, int listingRows);

    [LoggerMessage(EventId = 1015, Level = LogLevel.Warning,
        Message = "Run {RunId} is final, but what follows it failed (the reports build their rows on first use instead)")]
    public static partial void AfterRunFailed(ILogger logger, string runId, Exception exception);

    [LoggerMessage(EventId = 1016, Level = LogLevel.Information,
        Message = "Run {RunId} raised {Alerts} alert(s); {Leads} enterprise(s) drawn only when triggered have an alert as a case lead; {Failures} could not be evaluated")]
    public static partial void AlertsRaised(ILogger logger, string runId, int alerts, int leads, int failures);

    [LoggerMessage(EventId = 1017, Level = LogLevel.Warning,
        Message = "Run {RunId}: the working-day calendar ends on {LastDay:yyyy-MM-dd}, {Days} day(s) after the draw date; add next year's holidays and make-up days (a reviewed change) before plans or results deadlines run past it")]
    public static partial void CalendarRunsOut(ILogger logger, string runId, DateOnly lastDay, int days);

    [LoggerMessage(EventId = 1018, Level = LogLevel.Information,
        Message = "Run {RunId} leaves out plan(s) not due tonight: {Reasons}")]
    public static partial void PlansNotDue(ILogger logger, string runId, string reasons);
}
