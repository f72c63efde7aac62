using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Supervision.Application.Draws;
using Supervision.Data.Draws;
using Supervision.Draws.Protocol;
using Supervision.Runs;

namespace Supervision.Application.Nightly;

/// <summary>
/// Makes the draws of prepared nights whose public value and shares are on the desk: the same execution as
/// <c>draw execute</c> on the preparation's directory, saved in the run store, then written beside the preparation. A
/// night whose value or shares are not there yet keeps waiting (nothing blocks: the next call looks again); a share that
/// does not match its commitment, or a preparation that changed, is refused, logged and left for people to resolve.
/// </summary>
/// <remarks>
/// Called when a night starts and whenever a host wants (<c>supervision nightly</c> calls it first and reports what it
/// drew). Idempotent: the draw is a pure function of the preparation, the shares and the value; it is saved before its
/// files are written and the run is marked Completed last, so a crash anywhere draws the same again.
/// </remarks>
/// <param name="store">The run store the prepared nights are kept in.</param>
/// <param name="desk">The desk their preparations, public values and shares are on.</param>
/// <param name="clock">The clock.</param>
/// <param name="logger">Where waiting, drawn and refused nights are logged.</param>
public sealed class ExecutePreparedNights(IRunStore store, DrawDesk desk, TimeProvider clock, ILogger logger)
{
    /// <summary>The prepared nights of the services' store and desk; none to execute when the services have no desk.</summary>
    public static async Task<IReadOnlyList<RunRecord>> RunAsync(NightlyServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Settings.Desk is not { } desk)
        {
            return [];
        }

        var completed = await new ExecutePreparedNights(services.Store, desk, services.Clock, services.Logger).RunAsync(cancellationToken);
        foreach (var run in completed)
        {
            await DrawNight.AfterRunAsync(services, run.RunId, cancellationToken);
        }

        return completed;
    }

    /// <summary>Executes every prepared night that can be; returns the runs it completed (in date order).</summary>
    public async Task<IReadOnlyList<RunRecord>> RunAsync(CancellationToken cancellationToken)
    {
        var completed = new List<RunRecord>();
        foreach (var waiting in await store.PreparedRunsAsync(cancellationToken))
        {
            // One process executes a night at a time; the others find it Completed once they hold the lock.
            await using (await store.LockPlanningAsync(waiting.RunId, cancellationToken))
            {
                var run = await store.GetRunAsync(waiting.RunId, cancellationToken);
                if (run is { Status: RunStatus.Prepared, DrawId: { } drawId } && await ExecuteAsync(run, drawId, cancellationToken) is { } done)
                {
                    completed.Add(done);
                }
            }
        }

        return completed;
    }

    private async Task<RunRecord?> ExecuteAsync(RunRecord run, string drawId, CancellationToken cancellationToken)
    {
        var directory = desk.PreparationDirectory(drawId);
        var preparationFile = Path.Combine(directory, DrawPreparation.FileName);
        if (!File.Exists(preparationFile))
        {
            return await RefuseAsync(run, drawId, $"{preparationFile} is gone: the published preparation must be restored before the draw can be made", cancellationToken);
        }

        if (File.Exists(Path.Combine(directory, DrawOutputs.RecordFile)) && await store.ReadDrawAsync(run.RunId, cancellationToken) is not null)
        {
            // Drawn, saved and written by an attempt that stopped before it marked the run.
            return await CompleteAsync(run, cancellationToken);
        }

        var (preparation, _) = PreparationJson.Read(preparationFile);
        var valueDate = DrawDesk.PublicValueDate(run.AsOf);
        var value = desk.PublicValue(valueDate);
        var (shares, missing) = desk.Shares(run.AsOf, preparation.Commitments.Select(c => c.Department));
        if (value is null || missing.Count > 0)
        {
            var waiting = string.Join("; ", (value is null ? [$"the public value {preparation.PublicRandomness} in {desk.PublicValueFile(valueDate)}"] : Array.Empty<string>())
                .Concat(missing.Select(d => $"the share of {d} in {desk.ShareFile(run.AsOf, d)}")));
            NightlyLog.PreparedDrawWaits(logger, run.RunId, drawId, waiting);
            return null;
        }

        var started = Stopwatch.GetTimestamp();
        var executed = ExecuteDraw.Compute(directory, shares, value, null);
        if (executed.Result is not { } result)
        {
            return await RefuseAsync(run, drawId, executed.Refusal!, cancellationToken);
        }

        await store.SaveDrawAsync(run.RunId, result, cancellationToken);
        DrawOutputs.WriteDrawn(directory, result.Record);
        var tasks = result.Record.Outcome.Tasks;
        var unassigned = tasks.Count(t => t.UnassignedReason is not null);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        NightlyLog.DrawMade(logger, run.RunId, result.Record.DrawId, tasks.Count, unassigned, seconds);
        return await CompleteAsync(run, cancellationToken);
    }

    private async Task<RunRecord> CompleteAsync(RunRecord run, CancellationToken cancellationToken)
    {
        var completed = run with { Status = RunStatus.Completed, Message = "", UpdatedAt = clock.GetUtcNow() };
        await store.UpdateRunAsync(completed, cancellationToken);
        return completed;
    }

    /// <summary>The run stays Prepared (a corrected share file is taken next time), with the refusal as its message.</summary>
    private async Task<RunRecord?> RefuseAsync(RunRecord run, string drawId, string reason, CancellationToken cancellationToken)
    {
        NightlyLog.PreparedDrawRefused(logger, run.RunId, drawId, reason);
        var message = $"prepared draw {drawId} refused at execution, nothing drawn: {reason}";
        if (run.Message != message)
        {
            await store.UpdateRunAsync(run with { Message = message, UpdatedAt = clock.GetUtcNow() }, cancellationToken);
        }

        return null;
    }
}
