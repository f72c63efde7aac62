using Supervision.Tests.Cli;
using Supervision.Tests.Support;

namespace Supervision.Tests.RuleTests;

/// <summary>`supervision rules test` end to end: exit codes, the per-case report and the coverage summary.</summary>
public sealed class RulesTestCommandTests
{
    [Fact]
    public void RulesTest_ShippedBundleWithFullCoverageRequired_ExitsZero()
    {
        var (code, output, _) = CliRunner.Run("rules", "test", "--rules", RepoPaths.Rules, "--require-full-coverage");

        Assert.Equal(0, code);
        Assert.DoesNotContain(": FAIL ", output, StringComparison.Ordinal);
        Assert.Contains("rules covered 59/59, table rows 22/22", output, StringComparison.Ordinal);
    }

    [Fact]
    public void RulesTest_WrongExpectation_ExitsFiveAndPrintsTheDifferenceAtTheCaseLine()
    {
        using var bundle = new BundleCopy();
        bundle.Replace("tests/safety.yaml",
            "category: IV\n      ratio: 3%\n      regime: trigger_only\n      fired: [S-DED-MAJOR-HAZARD, SL-BLUE]",
            "category: II\n      ratio: 3%\n      regime: trigger_only\n      fired: [S-DED-MAJOR-HAZARD, SL-BLUE]");
        var line = LineOf(Path.Combine(bundle.Directory, "tests/safety.yaml"), "  - name: 构成重大危险源扣10分，得分90仍为蓝色");

        var (code, output, _) = CliRunner.Run("rules", "test", "--rules", bundle.Directory);

        Assert.Equal(5, code);
        Assert.Contains($"tests/safety.yaml:{line}: FAIL 构成重大危险源扣10分，得分90仍为蓝色\n"
            + "    expected category II, got IV; fired: S-DED-MAJOR-HAZARD, SL-BLUE, CC-A, M-BLUE-A, R-TRIGGER-ONLY, RT-IV\n",
            output, StringComparison.Ordinal);
        Assert.Contains(" passed, 1 failed", output, StringComparison.Ordinal);
    }

    [Fact]
    public void RulesTest_ThresholdMovedInTheRules_TheBoundaryCaseFails()
    {
        using var bundle = new BundleCopy();
        bundle.Replace("evaluation/safety.yaml", "when: lec_max > 320", "when: lec_max >= 320");

        var (code, output, _) = CliRunner.Run("rules", "test", "--rules", bundle.Directory);

        Assert.Equal(5, code);
        Assert.Contains(": FAIL LEC D值320仍为高度危险，扣10分\n    expected safety_score 90, got 70; expected S-DED-LEC-320 not to fire, it did;",
            output, StringComparison.Ordinal);
    }

    [Fact]
    public void RulesTest_UncoveredRule_IsListedAndFailsOnlyWhenFullCoverageIsRequired()
    {
        using var bundle = new BundleCopy();
        bundle.AddDustIndicatorAndRule();

        var (lenient, lenientOutput, _) = CliRunner.Run("rules", "test", "--rules", bundle.Directory);
        var (strict, strictOutput, _) = CliRunner.Run("rules", "test", "--rules", bundle.Directory, "--require-full-coverage");

        Assert.Equal(0, lenient);
        Assert.Equal(5, strict);
        Assert.Contains("rules covered 59/60, table rows 22/22", lenientOutput, StringComparison.Ordinal);
        Assert.Contains(": rule S-DED-DUST 存在涉爆粉尘作业场所 (when dust_explosion_sites >= 1)", lenientOutput, StringComparison.Ordinal);
        Assert.Contains("--require-full-coverage: 1 rule(s) and table row(s) and 0 plan(s) are not exercised by any case", strictOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void RulesTest_BadGivenValue_ExitsFiveWithTheDiagnostic()
    {
        using var bundle = new BundleCopy();
        bundle.Append("tests/bad.yaml", "as_of: 2026-11-27\ncases:\n  - name: 类型错误\n    given: { major_hazard_sources: 两处 }\n    expect: { category: IV }\n");

        var (code, output, _) = CliRunner.Run("rules", "test", "--rules", bundle.Directory);

        Assert.Equal(5, code);
        Assert.Contains("tests/bad.yaml:4:36: error SV084: major_hazard_sources takes a whole number ≥ 0: found '两处', which is not a number", output, StringComparison.Ordinal);
        Assert.Contains("1 not run", output, StringComparison.Ordinal);
    }

    [Fact]
    public void RulesTest_InvalidBundle_ExitsTwo()
    {
        using var bundle = new BundleCopy();
        bundle.Replace("evaluation/safety.yaml", "when: major_hazard_sources >= 1", "when: major_hazard_source >= 1");

        var (code, _, error) = CliRunner.Run("rules", "test", "--rules", bundle.Directory);

        Assert.Equal(2, code);
        Assert.Contains("no rule test was run", error, StringComparison.Ordinal);
    }

    private static int LineOf(string path, string text) => Array.FindIndex(File.ReadAllLines(path), l => l.StartsWith(text, StringComparison.Ordinal)) + 1;
}
