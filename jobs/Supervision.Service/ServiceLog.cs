using Microsoft.Extensions.Logging;

namespace Supervision.Service;

/// <summary>What the service tells its operators, as structured log events (console or JSON, see docs/operations.md). Never a password.</summary>
internal static partial class ServiceLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "Sign-in of {User} from {Client} failed: {Outcome}")]
    public static partial void SignInFailed(ILogger logger, string user, string client, string outcome);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Sign-in refused from {Client}: too many attempts")]
    public static partial void SignInRefused(ILogger logger, string client);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "Refused {Method} {Path} from {Client}: no valid antiforgery token")]
    public static partial void ForgedRequestRefused(ILogger logger, string method, string path, string client);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Information, Message = "{User} signed in from {Client}")]
    public static partial void SignedIn(ILogger logger, string user, string client);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Information, Message = "{User} signed out from {Client}")]
    public static partial void SignedOut(ILogger logger, string user, string client);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Information, Message = "Session of {User} ended: {Reason}")]
    public static partial void SessionEnded(ILogger logger, string user, string reason);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Information, Message = "{User} changed their password")]
    public static partial void PasswordChanged(ILogger logger, string user);

    [LoggerMessage(EventId = 2008, Level = LogLevel.Information, Message = "{User} (inspector {Inspector}) withdrew from task {TaskNo}: conflict of interest ({Ground})")]
    public static partial void RecusalDeclared(ILogger logger, string user, string inspector, long taskNo, string ground);

    [LoggerMessage(EventId = 2009, Level = LogLevel.Information, Message = "{User} (inspector {Inspector}) entered the result of task {TaskNo}: {Outcome}, awaiting a teammate's confirmation")]
    public static partial void ResultEntered(ILogger logger, string user, string inspector, long taskNo, string outcome);

    [LoggerMessage(EventId = 2010, Level = LogLevel.Information, Message = "{User} (inspector {Inspector}) confirmed the result of task {TaskNo}")]
    public static partial void ResultConfirmed(ILogger logger, string user, string inspector, long taskNo);

    [LoggerMessage(EventId = 2011, Level = LogLevel.Information, Message = "{User} filled the place of inspector {Withdrawn} on task {TaskNo} with {Replacement} by the draw's team rules")]
    public static partial void TaskReassigned(ILogger logger, string user, long taskNo, string withdrawn, string replacement);

    [LoggerMessage(EventId = 2012, Level = LogLevel.Information, Message = "{User} downloaded the audit file {File} of draw {DrawId}")]
    public static partial void AuditFileDisclosed(ILogger logger, string user, string file, string drawId);

    [LoggerMessage(EventId = 2013, Level = LogLevel.Warning, Message = "{Path}: {Rejected} row(s) of the inspection checklists rejected and left out; the first: {First}")]
    public static partial void ChecklistRowsRejected(ILogger logger, string path, long rejected, string first);

    [LoggerMessage(EventId = 2014, Level = LogLevel.Information, Message = "{User} exported {File} of run {RunId} ({Bytes} bytes)")]
    public static partial void ReportExported(ILogger logger, string user, string file, string runId, long bytes);

    [LoggerMessage(EventId = 2015, Level = LogLevel.Information, Message = "{User} proposed rule change {RequestId}")]
    public static partial void RuleChangeProposed(ILogger logger, string user, long requestId);

    [LoggerMessage(EventId = 2016, Level = LogLevel.Information, Message = "{User} {Decision} rule change {RequestId}")]
    public static partial void RuleChangeReviewed(ILogger logger, string user, string decision, long requestId);

    [LoggerMessage(EventId = 2017, Level = LogLevel.Warning, Message = "{User} was refused on rule change {RequestId}: {Reason}")]
    public static partial void RuleChangeRefused(ILogger logger, string user, long requestId, string reason);

    [LoggerMessage(EventId = 2018, Level = LogLevel.Information, Message = "{User} published rule change {RequestId}: bundle {BundleHash}")]
    public static partial void RuleChangePublished(ILogger logger, string user, long requestId, string bundleHash);

    [LoggerMessage(EventId = 2019, Level = LogLevel.Warning, Message = "{User} voided draw {DrawId} ({Released} plan period(s) released)")]
    public static partial void DrawVoided(ILogger logger, string user, string drawId, int released);

    [LoggerMessage(EventId = 2020, Level = LogLevel.Information, Message = "{User} started rule change draft {DraftId}")]
    public static partial void RuleChangeDraftStarted(ILogger logger, string user, long draftId);

    [LoggerMessage(EventId = 2021, Level = LogLevel.Information, Message = "{User} submitted rule change draft {DraftId} as change request {RequestId}")]
    public static partial void RuleChangeDraftSubmitted(ILogger logger, string user, long draftId, long requestId);

    [LoggerMessage(EventId = 2022, Level = LogLevel.Information, Message = "{User} discarded rule change draft {DraftId}")]
    public static partial void RuleChangeDraftDiscarded(ILogger logger, string user, long draftId);

    [LoggerMessage(EventId = 2030, Level = LogLevel.Information, Message = "{User} recorded the public value of the draw prepared for {DrawDate} on the desk")]
    public static partial void DeskValueRecorded(ILogger logger, string user, DateOnly drawDate);

    [LoggerMessage(EventId = 2031, Level = LogLevel.Information, Message = "{User} revealed the share of {Department} for the draw prepared for {DrawDate}")]
    public static partial void DeskShareRevealed(ILogger logger, string user, string department, DateOnly drawDate);

    [LoggerMessage(EventId = 2032, Level = LogLevel.Warning, Message = "{User} was refused on the draw desk: {Reason}")]
    public static partial void DeskRefused(ILogger logger, string user, string reason);

    [LoggerMessage(EventId = 2033, Level = LogLevel.Information, Message = "{User} handed over {Nights} commitment(s) of {Department} to the draw desk")]
    public static partial void DeskCommitmentsAdded(ILogger logger, string user, string department, int nights);

    [LoggerMessage(EventId = 2034, Level = LogLevel.Information, Message = "{User} asked the desk to draw: {Drawn} prepared night(s) drawn")]
    public static partial void DeskExecuted(ILogger logger, string user, int drawn);

    [LoggerMessage(EventId = 2035, Level = LogLevel.Information, Message = "{User} asked for tonight's night to be prepared now")]
    public static partial void DeskPrepareRequested(ILogger logger, string user);
}
