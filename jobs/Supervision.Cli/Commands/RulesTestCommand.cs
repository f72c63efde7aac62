using System.CommandLine;
using Supervision.Application.Draws;
using Supervision.Draws.Plans.Testing;
using Supervision.Rules.Testing;

namespace Supervision.Cli.Commands;

/// <summary>`supervision rules test`: run the regulators' rule tests (tests/*.yaml of the bundle) with a coverage report, then the plan tests.</summary>
internal static class RulesTestCommand
{
    public static Command Create()
    {
        var rules = CommonOptions.Rules();
        var fullCoverage = new Option<bool>("--require-full-coverage")
        {
            Description = "fail (exit 5) when a rule or table row is not exercised by any case",
        };
        var command = new Command("test",
            "Run the rule tests in <rules>/tests/*.yaml through the engine (NRules) and report each case, the differences of failed ones, and which rules and table rows no case exercises; then the plan tests in <rules>/plans/tests/*.yaml (where each case's enterprise goes under its plan) and which plans no case draws under.")
        {
            rules, fullCoverage,
        };
        command.SetAction(parse => Run(parse.GetValue(rules)!, parse.GetValue(fullCoverage)));
        return command;
    }

    private static int Run(string directory, bool requireFullCoverage)
    {
        var bundle = BundleLoading.Load(directory, "no rule test was run");
        if (bundle is null)
        {
            return BundleLoading.FailureCode(directory);
        }

        var manifest = bundle.Bundle.Manifest;
        Console.WriteLine($"{directory}: {manifest.Id} {manifest.Version} · sha256 {bundle.Bundle.ContentHash}");
        var report = RuleTestRunner.Run(bundle);
        RuleTestReportWriter.Write(Console.Out, report);

        // The plans are tested with the bundle they draw under: where an enterprise goes under each plan.
        var plans = TestPlans.Run(bundle, directory, Path.Combine(directory, "calendar", "cn-working-days.csv"));
        if (plans is not null)
        {
            PlanTestReportWriter.Write(Console.Out, plans);
        }

        var uncovered = requireFullCoverage && (!report.Coverage.IsFull || plans?.UncoveredPlans.Count > 0);
        if (uncovered)
        {
            Console.WriteLine($"--require-full-coverage: {report.Coverage.Uncovered.Count} rule(s) and table row(s) and "
                + $"{plans?.UncoveredPlans.Count ?? 0} plan(s) are not exercised by any case");
        }

        return report.AllPassed && plans?.AllPassed != false && !uncovered ? ExitCodes.Ok : ExitCodes.TestsFailed;
    }
}
