using Supervision.Tests.Cli;
using Supervision.Tests.Support;

namespace Supervision.Tests.RuleTests;

/// <summary>
/// `supervision rules test` runs the plan tests (plans/tests/*.yaml) after the rule tests: a plan change that moves an
/// enterprise to another pool, ratio or exclusion fails its case at the case's line, and a plan no case draws under is
/// listed.
/// </summary>
public sealed class PlanTestsCommandTests
{
    [Fact]
    public void RulesTest_ShippedPlans_EveryCasePassesAndEveryPlanIsDrawnUnder()
    {
        var (code, output, _) = CliRunner.Run("rules", "test", "--rules", RepoPaths.Rules, "--require-full-coverage");

        Assert.Equal(0, code);
        Assert.Contains("plans/tests/plans.yaml:", output, StringComparison.Ordinal);
        Assert.Matches(@"\n(\d+) plan cases: \1 passed, 0 failed\n", output);
        Assert.DoesNotContain("plans no case draws under", output, StringComparison.Ordinal);
        foreach (var plan in new[] { "SJ-2026-12-SC", "SJ-2026-12-AQ", "SJ-2026-12-LH", "HC-2026-SC" })
        {
            Assert.Contains($": PASS {plan} ", output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("plans/2026-12-shenguan-approvals.yaml", "share: 30%", "share: 20%",
        "FAIL HC-2026-SC 本周以告知承诺作出的医疗器械备案：按 30% 抽取，批准后20个工作日内核查\n    expected ratio 0.3, got 0.2", 1)]
    [InlineData("plans/2026-12-shenguan-approvals.yaml", "verify_within_working_days: 20", "verify_within_working_days: 15",
        "FAIL HC-2026-SC 特种设备使用登记：全覆盖核查\n    expected period_to 2026-12-21, got 2026-12-14", 2)]
    [InlineData("plans/2026-12-market.yaml", "caps: { per_department_per_year: 2, total_per_year: 4 }", "caps: { per_department_per_year: 3, total_per_year: 4 }",
        "FAIL SJ-2026-12-SC 本年已被市场监管局检查2次：达到部门年度上限，排除\n    expected excluded with a reason containing 'annual cap: 2 inspection(s) by 市场监管局 in 2026', got pool III (ratio 0.05)", 2)]
    [InlineData("plans/2026-12-safety.yaml", "industries: [C25, C26, G59, G55]", "industries: [C25, C26, G59, G55, F52]",
        "FAIL SJ-2026-12-AQ 批发零售企业不在安全生产计划范围内\n    expected excluded with a reason containing 'outside the plan's scope', got pool III (ratio 0.1)", 1)]
    public void RulesTest_PlanChanged_TheCaseThatCoversItFails(string file, string oldText, string newText, string failure, int failed)
    {
        using var bundle = new BundleCopy();
        bundle.Replace(file, oldText, newText);

        var (code, output, _) = CliRunner.Run("rules", "test", "--rules", bundle.Directory);

        Assert.Equal(5, code);
        Assert.Contains(failure + "\n", output, StringComparison.Ordinal);
        Assert.Contains(" plan cases: ", output, StringComparison.Ordinal);
        Assert.Contains($" passed, {failed} failed", output, StringComparison.Ordinal);
    }

    [Fact]
    public void RulesTest_CaseOfAnUnknownPlanOrWithoutExpectation_IsAnErrorAndNotRun()
    {
        using var bundle = new BundleCopy();
        bundle.Replace("plans/tests/plans.yaml", "    plan: SJ-2026-12-LH\n    expect: { excluded: \"outside the plan's scope\" }",
            "    plan: SJ-2026-13-LH\n    expect: { excluded: \"outside the plan's scope\" }");
        bundle.Replace("plans/tests/plans.yaml", "    expect: { pool: III }", "    expect: { period_to: 2026-12-31 }");

        var (code, output, _) = CliRunner.Run("rules", "test", "--rules", bundle.Directory);

        Assert.Equal(5, code);
        Assert.Contains("SV233", output, StringComparison.Ordinal);
        Assert.Contains("no plan has the id 'SJ-2026-13-LH'", output, StringComparison.Ordinal);
        Assert.Contains("SV232", output, StringComparison.Ordinal);
        Assert.Contains(" failed, 2 not run (see the errors above)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void RulesTest_PlanNoCaseDrawsUnder_IsListed_AndFailsOnlyWhenFullCoverageIsRequired()
    {
        using var bundle = new BundleCopy();
        var text = File.ReadAllText(Path.Combine(bundle.Directory, "plans", "2026-12-market.yaml"))
            .Replace("id: SJ-2026-12-SC", "id: SJ-2026-12-SC2", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(bundle.Directory, "plans", "2026-12-market2.yaml"), text);

        var (lenient, lenientOutput, _) = CliRunner.Run("rules", "test", "--rules", bundle.Directory);
        var (strict, strictOutput, _) = CliRunner.Run("rules", "test", "--rules", bundle.Directory, "--require-full-coverage");

        Assert.Equal(0, lenient);
        Assert.Contains("plans no case draws under:\n  plans/2026-12-market2.yaml: plan SJ-2026-12-SC2 ", lenientOutput, StringComparison.Ordinal);
        Assert.Equal(5, strict);
        Assert.Contains("and 1 plan(s) are not exercised by any case", strictOutput, StringComparison.Ordinal);
    }
}
