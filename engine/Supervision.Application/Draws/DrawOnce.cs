using Supervision.Application.Alerts;
using Supervision.Application.Scoring;
using Supervision.Data.Draws;
using Supervision.Data.Import;
using Supervision.Draws.Calendar;
using Supervision.Draws.Drawing;
using Supervision.Draws.Gates;
using Supervision.Draws.Plans;
using Supervision.Draws.Record;
using Supervision.Model.Import;
using Supervision.Model.Registry;
using Supervision.Rules.Alerts;
using Supervision.Rules.Bundle;
using Supervision.Rules.Compilation;
using Supervision.Rules.Diagnostics;

namespace Supervision.Application.Draws;

/// <summary>
/// A whole draw from files: score the population with the bundle on the as-of date, freeze eligibility per plan,
/// draw, and return the result with the import reports. Hosts (CLI, nightly job) call this.
/// </summary>
public static class DrawOnce
{
    public static (DrawResult? Result, IReadOnlyList<ImportReport> Reports) Run(
        CompiledBundle bundle, IReadOnlyList<string> planFiles, string dataDirectory, string calendarFile, DateOnly asOf, string seedHex,
        DiagnosticBag diagnostics, IReadOnlyDictionary<string, PreviousStanding>? previous = null)
    {
        // The seed is checked before anything is scored; the draw is the frozen draw with that seed.
        _ = new Lottery(seedHex);
        var (frozen, reports) = Freeze(bundle, planFiles, dataDirectory, calendarFile, asOf, diagnostics, previous);
        return (frozen is null ? null : DrawRunner.Draw(frozen, seedHex), reports);
    }

    /// <summary>
    /// The draw over candidates already built (the nightly run's chunks build them from their slices): the case leads of
    /// <paramref name="triggers"/> are attached here. Returns the result and the report of the case leads when given.
    /// </summary>
    /// <param name="bundle">The bundle that scored the candidates.</param>
    /// <param name="plans">The plans, loaded by <see cref="LoadPlans"/>.</param>
    /// <param name="candidates">Every accepted enterprise, in registry order, without case leads.</param>
    /// <param name="inspectors">The inspectors.</param>
    /// <param name="triggers">triggers.csv (or its slice), or null when there is none.</param>
    /// <param name="calendarFile">The working-day calendar.</param>
    /// <param name="asOf">The draw's as-of date.</param>
    /// <param name="seedHex">The seed.</param>
    /// <exception cref="Supervision.Draws.Calendar.CalendarOutOfRangeException">The calendar does not cover a date the draw needs.</exception>
    public static (DrawResult Result, IReadOnlyList<ImportReport> Reports) Run(
        CompiledBundle bundle, IReadOnlyList<InspectionPlan> plans, IReadOnlyList<DrawCandidate> candidates, IReadOnlyList<Inspector> inspectors,
        InputFile? triggers, string calendarFile, DateOnly asOf, string seedHex)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        var (withLeads, reports) = WithLeads(candidates, triggers, asOf);
        var calendar = WorkingDayCalendar.Load(calendarFile);
        var result = DrawRunner.Run(plans, bundle.Bundle.Manifest.Categories, RegimeEffects.Of(bundle.Bundle.Manifest), withLeads, inspectors, calendar, asOf,
            seedHex, bundle.Bundle.ContentHash);
        return (result, reports);
    }

    /// <summary>
    /// Everything of a draw over candidates already built that does not depend on the seed: what the nightly run freezes
    /// and publishes when it prepares its draw instead of drawing. The case leads of <paramref name="triggers"/> are attached here.
    /// </summary>
    /// <exception cref="Supervision.Draws.Calendar.CalendarOutOfRangeException">The calendar does not cover a date the draw needs.</exception>
    public static (FrozenDraw Frozen, IReadOnlyList<ImportReport> Reports) Freeze(
        CompiledBundle bundle, IReadOnlyList<InspectionPlan> plans, IReadOnlyList<DrawCandidate> candidates, IReadOnlyList<Inspector> inspectors,
        InputFile? triggers, string calendarFile, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        var (withLeads, reports) = WithLeads(candidates, triggers, asOf);
        var frozen = DrawRunner.Freeze(plans, bundle.Bundle.Manifest.Categories, RegimeEffects.Of(bundle.Bundle.Manifest), withLeads, inspectors,
            WorkingDayCalendar.Load(calendarFile), asOf, bundle.Bundle.ContentHash);
        return (frozen, reports);
    }

    /// <summary>
    /// Everything of a draw from files that does not depend on the seed (what a prepared draw freezes and publishes): the
    /// population scored on <paramref name="asOf"/>, the pools, exclusions, plans and inspectors. Null (with the problems in
    /// <paramref name="diagnostics"/>) when the plans or the calendar have errors.
    /// </summary>
    /// <exception cref="Supervision.Draws.Calendar.CalendarOutOfRangeException">The calendar does not cover a date the draw needs.</exception>
    public static (FrozenDraw? Frozen, IReadOnlyList<ImportReport> Reports) Freeze(
        CompiledBundle bundle, IReadOnlyList<string> planFiles, string dataDirectory, string calendarFile, DateOnly asOf, DiagnosticBag diagnostics,
        IReadOnlyDictionary<string, PreviousStanding>? previous = null)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        var plans = CheckInputs(bundle, planFiles, calendarFile, diagnostics, asOf);
        return plans is null ? (null, []) : Freeze(bundle, plans, dataDirectory, calendarFile, asOf, previous);
    }

    /// <summary>
    /// The frozen draw of plans already checked by <see cref="CheckInputs"/>: the population is scored here, and the
    /// night's alerts (against <paramref name="previous"/>, the enterprises' previous assessments, when given) add their
    /// case leads for the enterprises drawn only when triggered.
    /// </summary>
    public static (FrozenDraw Frozen, IReadOnlyList<ImportReport> Reports) Freeze(
        CompiledBundle bundle, IReadOnlyList<InspectionPlan> plans, string dataDirectory, string calendarFile, DateOnly asOf,
        IReadOnlyDictionary<string, PreviousStanding>? previous = null)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        var scoring = new ScorePopulation(bundle);
        var population = scoring.Load(dataDirectory);
        var assessments = scoring.ScoreByUscc(population, asOf);
        var alerts = new RaiseAlerts(bundle).Raise(population, population.Enterprises.Select(e => assessments[e.Uscc]),
            previous ?? new Dictionary<string, PreviousStanding>(StringComparer.Ordinal), asOf);
        var triggersPath = Path.Combine(dataDirectory, TriggerImporter.FileName);
        var (withLeads, triggerReports) = WithLeads(RaiseAlerts.WithLeads(DrawCandidates.Build(population, assessments, asOf), alerts),
            File.Exists(triggersPath) ? InputFile.FromPath(triggersPath) : null, asOf);
        var frozen = DrawRunner.Freeze(plans, bundle.Bundle.Manifest.Categories, RegimeEffects.Of(bundle.Bundle.Manifest), withLeads, population.Inspectors,
            WorkingDayCalendar.Load(calendarFile), asOf, bundle.Bundle.ContentHash);
        return (frozen, [.. population.Reports, .. triggerReports]);
    }

    /// <summary>The candidates with the case leads of <paramref name="triggers"/> attached, and the leads' import report when given.</summary>
    private static (IReadOnlyList<DrawCandidate> Candidates, IReadOnlyList<ImportReport> Reports) WithLeads(
        IReadOnlyList<DrawCandidate> candidates, InputFile? triggers, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        if (triggers is null)
        {
            return (DrawCandidates.WithLeads(candidates, [], asOf), []);
        }

        var imported = TriggerImporter.Import(triggers, candidates.Select(c => c.Uscc).ToHashSet(StringComparer.Ordinal));
        return (DrawCandidates.WithLeads(candidates, [.. imported.Rows], asOf), [imported.Report]);
    }

    /// <summary>
    /// Claims the draw's plans and periods in <paramref name="ledger"/> before its files are written: refused when another
    /// draw holds any of them — or this one, drawn again with another seed (a re-draw); granted again for the very same
    /// draw (same seed over the same frozen population), which only writes its files again. <paramref name="location"/>
    /// says where the draw is written (a full path) or kept.
    /// </summary>
    public static LedgerClaim Claim(DrawResult result, DrawLedger ledger, string location, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(ledger);
        var record = result.Record;
        return ledger.Claim(record.DrawId, record.Plans, $"seed:{record.SeedCommitment};population:{record.PopulationSha256}", location, at);
    }

    /// <summary>
    /// The input gates of a one-shot draw: empty or mostly rejected input, inconsistent encoding, unstaffed tasks. A
    /// standalone draw has no previous night to compare the registry with; the nightly run compares with its run store's.
    /// </summary>
    public static DrawGateVerdict Gate(DrawResult result, IReadOnlyList<ImportReport> reports, DrawGateThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Gate(result.Record.Outcome, reports, thresholds);
    }

    /// <summary>
    /// The input gates; with a null <paramref name="outcome"/> (a prepared draw, before its seed exists) only those of the
    /// inputs, not the staffing of tasks not yet drawn.
    /// </summary>
    public static DrawGateVerdict Gate(DrawOutcome? outcome, IReadOnlyList<ImportReport> reports, DrawGateThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var accepted = reports.FirstOrDefault(r => Path.GetFileName(r.File) == PopulationLoader.EnterprisesFile)?.Accepted ?? 0;
        return DrawGate.Check(new DrawGateInputs(reports, accepted, null, outcome), thresholds);
    }

    /// <summary>Loads every plan file; null (with the problems in <paramref name="diagnostics"/>) when any has errors.</summary>
    public static IReadOnlyList<InspectionPlan>? LoadPlans(CompiledBundle bundle, IReadOnlyList<string> planFiles, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        ArgumentNullException.ThrowIfNull(planFiles);
        ArgumentNullException.ThrowIfNull(diagnostics);
        return PlanLoader.LoadAll(planFiles, bundle.Bundle.Manifest.Categories, diagnostics, "plans/*.yaml", bundle.Bundle.Manifest.RatioFloor);
    }

    /// <summary>
    /// Everything a draw reads besides the population, checked before any scoring: the plans, the working-day calendar,
    /// whether the calendar covers the plans and, given the draw date, whether each plan has working days left for its
    /// windows after the notice lead. Null (with the problems in <paramref name="diagnostics"/>) when any
    /// has errors.
    /// </summary>
    public static IReadOnlyList<InspectionPlan>? CheckInputs(
        CompiledBundle bundle, IReadOnlyList<string> planFiles, string calendarFile, DiagnosticBag diagnostics, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(calendarFile);
        var plans = LoadPlans(bundle, planFiles, diagnostics);
        var calendar = CalendarReader.Read(calendarFile, calendarFile, diagnostics);
        return plans is not null && calendar is not null && CalendarCoverage.Check(plans, calendar, calendarFile, diagnostics)
            && (asOf is not { } date || CalendarCoverage.CheckWindows(plans, calendar, date, calendarFile, diagnostics))
            ? plans
            : null;
    }

    /// <summary>The plans a draw uses by default: every *.yaml in the bundle's plans directory, in name order; none when it has none.</summary>
    public static IReadOnlyList<string> DefaultPlanFiles(string rulesDirectory)
    {
        var directory = Path.Combine(rulesDirectory, "plans");
        return Directory.Exists(directory) ? [.. Directory.GetFiles(directory, "*.yaml").Order(StringComparer.Ordinal)] : [];
    }
}
