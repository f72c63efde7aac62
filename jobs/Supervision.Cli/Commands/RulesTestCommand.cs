using System.CommandLine;
using Supervision.Rules.Testing;

namespace Supervision.Cli.Commands;

/// <summary>`supervision rules test`: run the regulators' rule tests (tests/*.yaml of the bundle) with a coverage report.</summary>
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
            "Run the rule tests in <rules>/tests/*.yaml through the engine (NRules) and report each case, the differences of failed ones, and which rules and table rows no case exercises.")
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
        var uncovered = requireFullCoverage && !report.Coverage.IsFull;
        if (uncovered)
        {
            Console.WriteLine($"--require-full-coverage: {report.Coverage.Uncovered.Count} rule(s) and table row(s) are not exercised by any case");
        }

        return report.AllPassed && !uncovered ? ExitCodes.Ok : ExitCodes.TestsFailed;
    }
}
