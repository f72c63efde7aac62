using System.Diagnostics;
using System.Globalization;
using Supervision.Application.Alerts;
using Supervision.Data.Import;
using Supervision.Data.Scoring;
using Supervision.Rules.Alerts;
using Supervision.Rules.Compilation;
using Supervision.Rules.Lists;
using Supervision.Rules.Scoring;
using Supervision.Synthetic;

namespace Supervision.Benchmarks;

/// <summary>
/// What the list lifecycle and the night's alerts add to a night (issue 21): N synthetic enterprises, chunk by chunk,
/// timed in the same process as the scoring they accompany — the list rules on every enterprise's listings (one NRules
/// session per enterprise that has any), the facts with them, the memoized scoring, and the alert rules on every
/// enterprise against a previous night (every twentieth enterprise's previous safety score 12 points higher, so that
/// alerts are raised, as a night would raise some). Ratios are to the scoring's time.
/// </summary>
internal static class AlertBenchmark
{
    public static string Run(int count, long seed, DateOnly asOf, CompiledBundle bundle)
    {
        var builder = new FactBuilder(bundle);
        var engine = new ScoringEngine(bundle, new ScoringOptions(EngineMode.Memoized));
        var alerts = new RaiseAlerts(bundle);
        var generator = new PopulationGenerator(SyntheticOptions.ForBundle(count, seed, asOf, bundle.Bundle));
        var generation = new Stopwatch();
        var lifecycle = new Stopwatch();
        var facts = new Stopwatch();
        var scoring = new Stopwatch();
        var alerting = new Stopwatch();
        long listed = 0, raised = 0, leads = 0;
        using var enterprises = generator.Enterprises().GetEnumerator();
        while (true)
        {
            generation.Start();
            var chunk = new List<GeneratedEnterprise>(Variant.Chunk);
            while (chunk.Count < Variant.Chunk && enterprises.MoveNext())
            {
                chunk.Add(enterprises.Current);
            }

            generation.Stop();
            if (chunk.Count == 0)
            {
                break;
            }

            // As a night does (PopulationInputs): the chunk's listings decided together, then each enterprise's facts.
            lifecycle.Start();
            var standings = builder.ListsOf([.. chunk.Select(g => new ListRecords(g.CreditRecords, g.ListApplications))], asOf);
            lifecycle.Stop();
            listed += standings.Count(s => s.Listings.Count > 0);
            facts.Start();
            var inputs = chunk.Select((g, i) => builder.Build(g.Enterprise, g.SafetyValues, g.CreditRecords, g.Inspections, asOf,
                applications: g.ListApplications, complaints: g.Complaints, approvals: g.Approvals, standing: standings[i])).ToArray();
            facts.Stop();
            scoring.Start();
            var assessments = engine.Score(inputs, asOf).ToList();
            scoring.Stop();

            var population = new Population(
                [.. chunk.Select(g => g.Enterprise)],
                new Dictionary<string, object?[]>(StringComparer.Ordinal),
                chunk.SelectMany(g => g.CreditRecords).ToLookup(r => r.Uscc, StringComparer.Ordinal),
                chunk.SelectMany(g => g.Inspections).ToLookup(i => i.Uscc, StringComparer.Ordinal),
                [],
                [])
            {
                Complaints = chunk.SelectMany(g => g.Complaints).ToLookup(c => c.Uscc, StringComparer.Ordinal),
                Approvals = chunk.SelectMany(g => g.Approvals).ToLookup(a => a.Uscc, StringComparer.Ordinal),
            };
            var previous = assessments.Select((a, i) => (a.Uscc, Standing: new PreviousStanding(asOf.AddDays(-1), a.Outcome.Category,
                    a.Outcome.SafetyScore + (i % 20 == 0 ? 12 : 0), a.Outcome.CreditScore)))
                .ToDictionary(p => p.Uscc, p => p.Standing, StringComparer.Ordinal);
            alerting.Start();
            var night = alerts.Raise(population, assessments, previous, asOf);
            alerting.Stop();
            raised += night.Alerts.Count;
            leads += night.Alerts.Count(a => a.Lead);
        }

        var score = scoring.Elapsed.TotalSeconds;
        string Row(string phase, Stopwatch watch) => string.Create(CultureInfo.InvariantCulture,
            $"| {phase} | {watch.Elapsed.TotalSeconds:0.00} | {watch.Elapsed.TotalSeconds / score:0.00}× |");
        return string.Join('\n',
            $"{count:N0} enterprises ({listed:N0} with listings), seed {seed}, as-of {asOf:yyyy-MM-dd}; {raised:N0} alerts, {leads:N0} of them leads",
            "",
            "| phase | seconds | ratio to scoring |",
            "| --- | ---: | ---: |",
            Row("generation (not part of a night)", generation),
            Row("list lifecycle (list rules, NRules, a session per chunk)", lifecycle),
            Row("facts (indicators, from the decided listings)", facts),
            Row("scoring (memoized NRules)", scoring),
            Row("alerts (signals and alert rules, NRules)", alerting));
    }
}
