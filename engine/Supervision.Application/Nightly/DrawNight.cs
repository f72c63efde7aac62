using System.Diagnostics;
using Supervision.Application.Draws;
using Supervision.Data.Draws;
using Supervision.Data.Import;
using Supervision.Data.Import.Slices;
using Supervision.Data.Runs;
using Supervision.Draws.Calendar;
using Supervision.Draws.Drawing;
using Supervision.Draws.Gates;
using Supervision.Draws.Plans;
using Supervision.Draws.Protocol;
using Supervision.Draws.Record;
using Supervision.Model.Registry;
using Supervision.Model.Import;
using Supervision.Rules.Alerts;
using Supervision.Rules.Diagnostics;
using Supervision.Runs;

namespace Supervision.Application.Nightly;

/// <summary>
/// The last step of a night, once every chunk is complete: adds up the chunks' import reports, writes the assessments
/// export from the chunks in chunk order, claims the plans for the draw date, and draws from the candidates the chunks
/// prepared (no second import or scoring), writing what <c>supervision draw</c> writes. A plan already drawn for the date
/// by another run makes the run AlreadyDrawn; inputs the <see cref="DrawGate"/> refuses make it Refused, with nothing claimed.
/// </summary>
/// <remarks>
/// Idempotent: the draw is a pure function of the run (data, bundle, plans, calendar, seed), its files appear
/// atomically, and a second delivery finds the run final or redraws identically.
/// </remarks>
public sealed class DrawNight(NightlyServices services)
{
    /// <summary>How the message of a run Failed on plan errors begins.</summary>
    public const string PlanErrors = "the plans or the working-day calendar have errors; nothing was drawn";

    /// <param name="runId">The run.</param>
    /// <param name="cancellationToken">The host's shutdown token.</param>
    public async Task RunAsync(string runId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(runId);
        var store = services.Store;
        var run = await store.GetRunAsync(runId, cancellationToken) ?? throw new InvalidOperationException($"run {runId} does not exist");
        if (run.IsFinal)
        {
            return;
        }

        var complete = await store.CompletedChunksAsync(runId, cancellationToken);
        if (complete.Count < run.Chunks)
        {
            throw new InvalidOperationException($"run {runId}: {complete.Count} of {run.Chunks} chunks are complete; the draws wait for all of them");
        }

        var inputs = services.Inputs.Get(run);
        services.SliceBuffers.Trim();
        if (run.Status != RunStatus.Drawing)
        {
            run = run with { Status = RunStatus.Drawing, UpdatedAt = services.Clock.GetUtcNow() };
            await store.UpdateRunAsync(run, cancellationToken);
        }

        // The chunks' imports add up to the import of the whole files: the run now counts the accepted enterprises.
        var hooks = services.Hooks;
        var started = Stopwatch.GetTimestamp();

        // What the chunk jobs left behind (a gigabyte of working set when they ran in this process) is given back
        // before a million candidates are read.
        services.Relief.PhaseBoundary("before the draws read the chunks' summaries");
        IReadOnlyList<ChunkSummary>? summaries = await store.ReadChunkSummariesAsync(runId, cancellationToken);
        var shared = new InputSliceSource(await store.ReadInputsAsync(runId, InputSlice.Global, cancellationToken));
        var inspectors = PopulationLoader.LoadOptional(shared, PopulationLoader.InspectorsFile, "inspectors", InspectorImporter.Import);
        var importReports = ImportReportMerge.Merge(summaries.SelectMany(s => s.Reports)).ToList();
        importReports.Insert(Math.Min(4, importReports.Count), inspectors.Report);
        List<DrawCandidate>? candidates = [.. summaries.SelectMany(s => s.Candidates)];
        var alerts = new NightAlerts([.. summaries.SelectMany(s => s.Alerts.Alerts)], [.. summaries.SelectMany(s => s.Alerts.Failures)]);

        // This method's locals live as long as it does (it awaits): what the draw no longer needs is let go explicitly,
        // so that a million candidates are not held while the draw is saved.
        summaries = null;
        run = run with
        {
            Enterprises = candidates.Count,
            RejectedRows = importReports.Sum(r => r.Rejected),
            ImportReport = ImportReportFormatter.Format(importReports),
            UpdatedAt = services.Clock.GetUtcNow(),
        };
        await store.UpdateRunAsync(run, cancellationToken);
        hooks.Took("draws: read the chunks' summaries", started);
        started = Stopwatch.GetTimestamp();
        await store.ExportAssessmentsAsync(runId, inputs.Bundle, cancellationToken);
        await store.SaveAlertsAsync(runId, alerts, cancellationToken);
        var leads = alerts.Alerts.Where(a => a.Lead).Select(a => a.Uscc).Distinct().Count();
        NightlyLog.AlertsRaised(services.Logger, runId, alerts.Alerts.Count, leads, alerts.Failures.Count);
        hooks.Took("draws: export the assessments and alerts", started);

        var diagnostics = new DiagnosticBag();
        // Plans and calendar are read as rule files: a bad one ends the run as Failed with its file:line diagnostics
        // (no retry can fix it; starting the night again after the fix draws).
        var plans = DrawOnce.CheckInputs(inputs.Bundle, services.Settings.PlansInForce(), services.Settings.CalendarInForce(), diagnostics, run.AsOf);
        if (plans is null)
        {
            await FinishAsync(run with { Status = RunStatus.Failed, Message = PlanErrors + ":\n" + string.Join('\n', diagnostics.Sorted()) }, cancellationToken);
            return;
        }

        // Weeks ahead, not on the night a window or a results deadline needs the missing year.
        var calendarEnds = new DateOnly(WorkingDayCalendar.Load(services.Settings.CalendarInForce()).KnownYears.Max(), 12, 31);
        if (calendarEnds.DayNumber - run.AsOf.DayNumber <= PlansOverview.CalendarWarningDays)
        {
            NightlyLog.CalendarRunsOut(services.Logger, runId, calendarEnds, calendarEnds.DayNumber - run.AsOf.DayNumber);
        }

        // Plans drawn for their period by an earlier night, and approval plans not scheduled tonight, are left out.
        var chosen = await NightPlans.ChooseAsync(store, runId, run.AsOf, plans, cancellationToken);
        var leftOut = string.Join("; ", chosen.LeftOut);
        if (chosen.LeftOut.Count > 0)
        {
            NightlyLog.PlansNotDue(services.Logger, runId, leftOut);
        }

        if (chosen.Due.Count == 0)
        {
            // Nothing to draw, but a broken input is still said so (a truncated registry must not pass unnoticed).
            var previousNight = await store.PreviousCompletedRunAsync(run.AsOf, cancellationToken);
            var inputVerdict = DrawGate.Check(
                new DrawGateInputs(importReports, run.Enterprises, previousNight is null ? null : (previousNight.AsOf, previousNight.Enterprises), null),
                services.Settings.Gates);
            if (!inputVerdict.Passed)
            {
                await FinishAsync(run with { Status = RunStatus.Refused, Message = inputVerdict.Message }, cancellationToken);
                return;
            }

            await FinishAsync(run with
            {
                Status = RunStatus.AlreadyDrawn,
                Message = $"already drawn: no plan is due tonight ({leftOut}); this run, of {run.AsOf:yyyy-MM-dd}, drew nothing",
            }, cancellationToken);
            return;
        }

        plans = [.. chosen.Due];
        if (services.Settings.Desk is { } desk)
        {
            await PrepareAsync(run, desk, plans, inputs, candidates, inspectors.Rows, shared.Find(TriggerImporter.FileName), importReports, cancellationToken);
            return;
        }

        // The draw is computed first and committed (claimed, saved) only once the gates pass: it is a pure function of
        // the run, so computing it costs nothing but time, and its outcome is what the staffing gate judges.
        started = Stopwatch.GetTimestamp();
        var drawStarted = started;
        DrawResult result;
        IReadOnlyList<ImportReport> reports;
        try
        {
            (result, reports) = ReleasingDraw.Run(inputs.Bundle, plans, candidates, inspectors.Rows, shared.Find(TriggerImporter.FileName),
                services.Settings.CalendarInForce(), run);
        }
        catch (CalendarOutOfRangeException e)
        {
            await FinishAsync(run with { Status = RunStatus.Failed, Message = e.Message }, cancellationToken);
            return;
        }

        hooks.Took("draws: draw", started);
        candidates = null;
        var previous = await store.PreviousCompletedRunAsync(run.AsOf, cancellationToken);
        var verdict = DrawGate.Check(
            new DrawGateInputs([.. importReports, .. reports], run.Enterprises, previous is null ? null : (previous.AsOf, previous.Enterprises), result.Record.Outcome),
            services.Settings.Gates);
        if (!verdict.Passed)
        {
            await FinishAsync(run with
            {
                Status = RunStatus.Refused,
                Message = verdict.Message,
                RejectedRows = run.RejectedRows + reports.Sum(r => r.Rejected),
                ImportReport = run.ImportReport + ImportReportFormatter.Format(reports),
            }, cancellationToken);
            return;
        }

        // The periods the record carries: an approval-verification plan's is the night's (the draw date to its earliest deadline).
        var claim = await store.ClaimDrawAsync(runId, run.AsOf, Periods(result.Record.Plans), cancellationToken);
        if (!claim.Granted)
        {
            var owner = await store.GetRunAsync(claim.OwnerRunId!, cancellationToken);
            var draw = owner?.DrawId is { } id ? $" (draw {id})" : "";
            await FinishAsync(run with
            {
                Status = RunStatus.AlreadyDrawn,
                Message = $"already drawn: plan {claim.PlanId} for its period{PeriodOf(result.Record.Plans, claim.PlanId)} was drawn by run {claim.OwnerRunId}{draw} "
                    + $"(one draw per plan and period); this run, of {run.AsOf:yyyy-MM-dd}, drew nothing",
            }, cancellationToken);
            return;
        }

        if (services.Settings.Ledger is { } ledger
            && DrawOnce.Claim(result, ledger, services.Store is FileRunStore files ? Path.GetFullPath(files.DrawDirectory(runId)) : $"run {runId}", services.Clock.GetUtcNow()) is { IsGranted: false } refused)
        {
            await FinishAsync(run with { Status = RunStatus.AlreadyDrawn, Message = $"already drawn: {refused.Describe()}; this run drew nothing" }, cancellationToken);
            return;
        }

        started = Stopwatch.GetTimestamp();

        // The candidates, the pool entries and the draw's scratch are garbage now, over a gigabyte for a million
        // enterprises: given back, so that the save's buffers come on top of the draw itself (about 450 MB).
        services.Relief.PhaseBoundary("after the draw, before it is saved");
        cancellationToken.ThrowIfCancellationRequested();
        await store.SaveDrawAsync(runId, result, cancellationToken);
        hooks.Took("draws: save the draw", started);
        var tasks = result.Record.Outcome.Tasks;
        var unassigned = tasks.Count(t => t.UnassignedReason is not null);
        var seconds = Stopwatch.GetElapsedTime(drawStarted).TotalSeconds;
        NightlyLog.DrawMade(services.Logger, runId, result.Record.DrawId, tasks.Count, unassigned, seconds);
        await FinishAsync(run with
        {
            Status = RunStatus.Completed,
            DrawId = result.Record.DrawId,
            RejectedRows = run.RejectedRows + reports.Sum(r => r.Rejected),
            ImportReport = run.ImportReport + ImportReportFormatter.Format(reports),
        }, cancellationToken);
    }

    /// <summary>
    /// The night of a prepared draw (commit, then reveal): freezes the draw, takes the departments' commitments for the
    /// date from the desk, claims the plans and periods and publishes the preparation there. The run stops as Prepared; its
    /// draw is made by <see cref="ExecutePreparedNights"/> once the next day's public value and the shares are there.
    /// </summary>
    private async Task PrepareAsync(
        RunRecord run, DrawDesk desk, IReadOnlyList<InspectionPlan> plans, RunInputs inputs, IReadOnlyList<DrawCandidate> candidates,
        IReadOnlyList<Inspector> inspectors, InputFile? triggers, IReadOnlyList<ImportReport> importReports, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        FrozenDraw frozen;
        IReadOnlyList<ImportReport> reports;
        try
        {
            (frozen, reports) = DrawOnce.Freeze(inputs.Bundle, plans, candidates, inspectors, triggers, services.Settings.CalendarInForce(), run.AsOf);
        }
        catch (CalendarOutOfRangeException e)
        {
            await FinishAsync(run with { Status = RunStatus.Failed, Message = e.Message }, cancellationToken);
            return;
        }

        run = run with
        {
            RejectedRows = run.RejectedRows + reports.Sum(r => r.Rejected),
            ImportReport = run.ImportReport + ImportReportFormatter.Format(reports),
        };

        // Only the inputs are judged: the staffing of tasks is known once drawn, and a draw refused after its seed is
        // known could be refused until it suits somebody.
        var previous = await services.Store.PreviousCompletedRunAsync(run.AsOf, cancellationToken);
        var verdict = DrawGate.Check(
            new DrawGateInputs([.. importReports, .. reports], run.Enterprises, previous is null ? null : (previous.AsOf, previous.Enterprises), null),
            services.Settings.Gates);
        if (!verdict.Passed)
        {
            await FinishAsync(run with { Status = RunStatus.Refused, Message = verdict.Message }, cancellationToken);
            return;
        }

        var claim = await services.Store.ClaimDrawAsync(run.RunId, run.AsOf, Periods(frozen.Plans), cancellationToken);
        if (!claim.Granted)
        {
            await FinishAsync(run with
            {
                Status = RunStatus.AlreadyDrawn,
                Message = $"already drawn: plan {claim.PlanId} for its period{PeriodOf(frozen.Plans, claim.PlanId)} was drawn or prepared by run {claim.OwnerRunId} "
                    + $"(one draw per plan and period); this run, of {run.AsOf:yyyy-MM-dd}, prepared nothing",
            }, cancellationToken);
            return;
        }

        var departments = PrepareDraw.Departments(plans);
        var (commitments, missing) = desk.Commitments(run.AsOf, departments);
        var problems = missing.Count > 0 ? missing : PrepareDraw.CommitmentProblems(plans, commitments);
        if (problems.Count > 0)
        {
            // The run keeps its claims: started again once the desk is right, it prepares (its own claims are granted again).
            await FinishAsync(run with { Status = RunStatus.Failed, Message = $"the departments' commitments for {run.AsOf:yyyy-MM-dd} are not all on the desk; nothing was prepared:\n" + string.Join('\n', problems) }, cancellationToken);
            return;
        }

        var directory = desk.PreparationDirectory(frozen.DrawId);
        PreparedDraw prepared;
        if (File.Exists(Path.Combine(directory, DrawPreparation.FileName)))
        {
            // A second delivery of this job after the preparation was published: the published one stands (it is a pure
            // function of the run and the desk's commitments, so it is this very preparation).
            var (published, sha256) = PreparationJson.Read(Path.Combine(directory, DrawPreparation.FileName));
            prepared = new PreparedDraw(published, sha256, reports, null, false);
        }
        else
        {
            prepared = PrepareDraw.Publish(frozen, reports, commitments, desk.PublicRandomness(run.AsOf), directory, services.Settings.Ledger,
                services.Clock.GetUtcNow());
        }

        if (prepared.Refusal is { } refusal)
        {
            await FinishAsync(run with { Status = RunStatus.AlreadyDrawn, Message = $"already drawn: {refusal}; this run prepared nothing" }, cancellationToken);
            return;
        }

        var preparation = prepared.Preparation!;
        services.Hooks.Took("draws: prepare the draw", started);
        var committed = string.Join("、", departments);
        NightlyLog.DrawPrepared(services.Logger, run.RunId, preparation.DrawId, preparation.PopulationEntries, preparation.PublicRandomness, committed);
        await FinishAsync(run with
        {
            Status = RunStatus.Prepared,
            DrawId = preparation.DrawId,
            Message = $"prepared draw {preparation.DrawId} (preparation sha256 {prepared.Sha256}); publish {Path.Combine(directory, PreparationNotice.File)} now. "
                + $"It is drawn once {desk.PublicValueFile(DrawDesk.PublicValueDate(run.AsOf))} holds {preparation.PublicRandomness} "
                + $"and the shares of {committed} are in {Path.GetDirectoryName(desk.ShareFile(run.AsOf, departments[0]))}",
        }, cancellationToken);
    }

    private async Task FinishAsync(RunRecord run, CancellationToken cancellationToken)
    {
        await services.Store.UpdateRunAsync(run with { UpdatedAt = services.Clock.GetUtcNow() }, cancellationToken);
        switch (run.Status)
        {
            case RunStatus.Refused:
                NightlyLog.DrawRefused(services.Logger, run.RunId, run.Message);
                break;
            case RunStatus.Failed:
                NightlyLog.RunFailed(services.Logger, run.RunId, run.Message);
                break;
            case RunStatus.AlreadyDrawn:
                NightlyLog.AlreadyDrawn(services.Logger, run.RunId, run.Message);
                break;
        }

        if (run.Status != RunStatus.Failed)
        {
            // A failed run may be started again and draw then; a final one reads its inputs no more.
            await services.Store.DeleteInputsAsync(run.RunId, cancellationToken);
        }

        services.Inputs.Evict(run.RunId);
        if (run.Status is RunStatus.Completed or RunStatus.AlreadyDrawn)
        {
            await AfterRunAsync(services, run.RunId, cancellationToken);
        }
    }

    /// <summary>Runs <see cref="NightlySettings.AfterRun"/>; a failure is logged, never thrown (the run is final already).</summary>
    internal static async Task AfterRunAsync(NightlyServices services, string runId, CancellationToken cancellationToken)
    {
        if (services.Settings.AfterRun is not { } after)
        {
            return;
        }

        try
        {
            await after(runId, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            NightlyLog.AfterRunFailed(services.Logger, runId, exception);
        }
    }

    private static List<PlanPeriod> Periods(IReadOnlyList<PlanRecord> plans) => [.. plans.Select(p => new PlanPeriod(p.Id, p.PeriodFrom, p.PeriodTo))];

    private static string PeriodOf(IReadOnlyList<PlanRecord> plans, string? planId)
        => plans.FirstOrDefault(p => p.Id == planId) is { } plan ? $" {plan.PeriodFrom:yyyy-MM-dd}–{plan.PeriodTo:yyyy-MM-dd}" : "";
}
