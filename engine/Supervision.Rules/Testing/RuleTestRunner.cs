using Supervision.Rules.Alerts;
using Supervision.Rules.Compilation;
using Supervision.Rules.Diagnostics;
using Supervision.Rules.Lists;
using Supervision.Rules.Scoring;

namespace Supervision.Rules.Testing;

/// <summary>
/// Runs the rule tests regulators keep in a bundle's <c>tests/</c> directory: each case is laid out from its given
/// values (unspecified indicators take their schema default or stay missing), scored through a real NRules session
/// (<see cref="EngineMode.Direct"/>), compared with its expectations, and the rules and table rows that fired are
/// collected for the coverage report.
/// </summary>
/// <remarks>Cases bypass the CSV import and the derivation of indicators: registry and derived values are given directly.</remarks>
public static class RuleTestRunner
{
    /// <summary>Directory of the bundle that holds the rule tests; it is not part of the bundle's content hash.</summary>
    public const string TestsDirectory = "tests";

    public static RuleTestReport Run(CompiledBundle bundle)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        var diagnostics = new DiagnosticBag();
        var (cases, notRun) = RuleTestReader.Read(bundle, diagnostics);
        var engine = new ScoringEngine(bundle, new ScoringOptions(EngineMode.Direct, Parallelism: 1));
        var watch = new AlertWatch(bundle);
        var exercised = new HashSet<int>();
        var results = new List<RuleTestResult>(cases.Count);
        foreach (var test in cases)
        {
            var assessment = engine.Score([Input(bundle, test)], test.AsOf).Single();
            var outcome = assessment.Outcome;
            exercised.UnionWith(outcome.Hits);
            var fired = outcome.Hits.Select(h => bundle.Elements[h].Id).ToList();

            // The alert rules then compare the outcome with the case's night; their ids count as fired like any rule's.
            var alerts = watch.Evaluate([new AlertSubject(assessment, test.Night)], test.AsOf);
            foreach (var alert in alerts.Alerts)
            {
                fired.Add(alert.RuleId);
                exercised.Add(bundle.Find(alert.RuleId)!.Index);
            }

            var differences = OutcomeComparison.Differences(test.Expect, outcome, fired);
            if (alerts.Failures.Count > 0)
            {
                differences = [.. differences, .. alerts.Failures.Select(f => f.Message)];
            }

            results.Add(new RuleTestResult(test.Name, test.Location, differences, fired, outcome.Error));
        }

        return new RuleTestReport(diagnostics.Sorted(), results, notRun, RuleCoverage.Of(bundle, exercised));
    }

    private static EnterpriseInput Input(CompiledBundle bundle, RuleTestCase test)
    {
        var layout = bundle.Layout;
        var (numbers, texts) = layout.NewSlots();
        foreach (var (name, value) in test.Given)
        {
            layout.Set(numbers, texts, name, value);
        }

        if (test.Listings is not { } listings)
        {
            return new EnterpriseInput(test.Location.ToString(), test.Name, numbers, texts, EnterpriseFacets.None);
        }

        // The list rules decide the listings, and the list indicators follow from their standing, over what given says.
        var standing = new ListLifecycle(bundle).Evaluate(listings.Credit, listings.Applications, test.AsOf);
        foreach (var indicator in bundle.Bundle.Indicators.Where(i => i.Derive is not null))
        {
            if (standing.TryDerive(indicator.Derive!, out var value))
            {
                // Not listed leaves months_active as the data would: the schema's default, or missing.
                layout.Reset(numbers, texts, indicator.Name);
                layout.Set(numbers, texts, indicator.Name, value);
            }
        }

        return new EnterpriseInput(test.Location.ToString(), test.Name, numbers, texts, EnterpriseFacets.None) { Lists = standing };
    }
}
