using Supervision.Data.Draws;
using Supervision.Data.Runs;
using Supervision.Draws.Protocol;
using Supervision.Runs;
using Supervision.Storage;
using Supervision.Storage.Audit;

namespace Supervision.Application.Publication;

/// <summary>
/// Publishes a night's draw notice: once the run completed and its notice is rendered, the SHA-256 of
/// <c>notice.csv</c> and <c>notice.html</c> go into the hash-chained audit log, once per draw, so that anyone holding the
/// published notice can check it against the chain (三公开).
/// </summary>
public static class PublishDrawNotice
{
    /// <summary>The files of a draw that are made public.</summary>
    public static readonly IReadOnlyList<string> NoticeFiles = ["notice.csv", "notice.html"];

    /// <summary>Appends the publication of run <paramref name="runId"/>'s notice unless the log holds it already.</summary>
    /// <returns>True when this call appended it; false when the run drew nothing, its notice is not rendered, or it was published before.</returns>
    public static async Task<bool> AppendOnceAsync(
        Database database, TimeProvider clock, IRunStore store, FileRunStore files, string runId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(files);
        if (await store.GetRunAsync(runId, cancellationToken) is not { Status: RunStatus.Completed, DrawId: { } drawId }
            || !Directory.Exists(files.DrawDirectory(runId))
            || await new AuditLog(database, clock).ContainsAsync("publication", drawId, cancellationToken))
        {
            return false;
        }

        await PublicationAudit.AppendAsync(database, clock, drawId, files.DrawDirectory(runId), NoticeFiles, new { kind = "draw notice", run = runId }, cancellationToken);
        return true;
    }

    /// <summary>The files of a prepared draw that are made public before its randomness exists.</summary>
    public static readonly IReadOnlyList<string> PreparationFiles = [DrawPreparation.FileName, PreparationNotice.File];

    /// <summary>
    /// Appends what a night on the desk published, once each: the pre-draw notice of a Prepared run (subject
    /// <c>preparation:&lt;draw id&gt;</c>, so that the log dates the commitment before the public value), the draw notice of a
    /// run drawn from its preparation.
    /// </summary>
    /// <returns>True when this call appended an entry.</returns>
    public static async Task<bool> AppendDeskOnceAsync(Database database, TimeProvider clock, DrawDesk desk, RunRecord run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(desk);
        ArgumentNullException.ThrowIfNull(run);
        if (run.DrawId is not { } drawId)
        {
            return false;
        }

        var directory = desk.PreparationDirectory(drawId);
        var (subject, files, kind) = run.Status switch
        {
            RunStatus.Prepared => ($"preparation:{drawId}", PreparationFiles, "pre-draw notice"),
            RunStatus.Completed => (drawId, NoticeFiles, "draw notice"),
            _ => (null, [], ""),
        };
        if (subject is null || !File.Exists(Path.Combine(directory, files[0])) || await new AuditLog(database, clock).ContainsAsync("publication", subject, cancellationToken))
        {
            return false;
        }

        await PublicationAudit.AppendAsync(database, clock, subject, directory, files, new { kind, run = run.RunId }, cancellationToken);
        return true;
    }
}
