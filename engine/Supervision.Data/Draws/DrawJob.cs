using Supervision.Data.Import;
using Supervision.Data.Scoring;
using Supervision.Draws.Calendar;
using Supervision.Draws.Drawing;
using Supervision.Draws.Plans;
using Supervision.Model.Import;
using Supervision.Rules.Compilation;
using Supervision.Rules.Diagnostics;
using Supervision.Rules.Scoring;

namespace Supervision.Data.Draws;

/// <summary>
/// A whole draw from files: score the population with the bundle on the as-of date, freeze eligibility per plan,
/// draw, and return the result with the import reports. Hosts (CLI, nightly job) call this.
/// </summary>
internal static class DrawJob
{
    public static (DrawResult? Result, IReadOnlyList<ImportReport> Reports) Run(
        CompiledBundle bundle, IReadOnlyList<string> planFiles, string dataDirectory, string calendarFile, DateOnly asOf, string seedHex,
        DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        ArgumentNullException.ThrowIfNull(planFiles);
        var plans = planFiles.Select(f => PlanLoader.Load(f, bundle.Bundle.Manifest.Categories, diagnostics)).ToList();
        if (diagnostics.HasErrors || plans.Any(p => p is null))
        {
            return (null, []);
        }

        var builder = new FactBuilder(bundle);
        var population = PopulationLoader.Load(dataDirectory, builder.SafetyColumns);
        var reports = population.Reports.ToList();
        var triggersPath = Path.Combine(dataDirectory, TriggerImporter.FileName);
        var triggers = new List<TriggerRecord>();
        if (File.Exists(triggersPath))
        {
            var imported = TriggerImporter.Import(triggersPath, population.Enterprises.Select(e => e.Uscc).ToHashSet(StringComparer.Ordinal));
            triggers.AddRange(imported.Rows);
            reports.Add(imported.Report);
        }

        var engine = new ScoringEngine(bundle);
        var assessments = engine.Score(PopulationInputs.For(population, builder, asOf), asOf).ToDictionary(a => a.Uscc, StringComparer.Ordinal);
        var candidates = DrawCandidates.Build(population, assessments, triggers, asOf);
        var calendar = WorkingDayCalendar.Load(calendarFile);
        var result = DrawRunner.Run(plans!, bundle.Bundle.Manifest.Categories, candidates, population.Inspectors, calendar, asOf, seedHex,
            bundle.Bundle.ContentHash);
        return (result, reports);
    }
}
