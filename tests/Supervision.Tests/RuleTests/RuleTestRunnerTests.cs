using Supervision.Rules.Compilation;
using Supervision.Rules.Testing;
using Supervision.Tests.Support;

namespace Supervision.Tests.RuleTests;

/// <summary>The regulators' rule tests (rules/tests/*.yaml) run through the real engine, with a coverage report.</summary>
public sealed class RuleTestRunnerTests
{
    [Fact]
    public void Run_ShippedSuite_EveryCasePassesAndEveryRuleAndRowIsCovered()
    {
        var bundle = ShippedBundle.Bundle;

        var report = RuleTestRunner.Run(bundle);

        Assert.Empty(report.Diagnostics);
        Assert.All(report.Results, r => Assert.True(r.Passed, $"{r.Location} {r.Name}: {string.Join("; ", r.Differences)}"));
        Assert.Equal(0, report.NotRun);
        Assert.True(report.AllPassed);
        Assert.Empty(report.Coverage.Uncovered);
        Assert.Equal((59, 59, 22, 22), (report.Coverage.Rules, report.Coverage.RulesCovered, report.Coverage.Rows, report.Coverage.RowsCovered));
        Assert.Equal(bundle.Elements.Count, report.Coverage.Rules + report.Coverage.Rows);
    }

    [Fact]
    public void Run_ShippedSuite_MissingTrainingRateCaseSeesTheEvaluationError()
    {
        var report = RuleTestRunner.Run(ShippedBundle.Bundle);

        var result = Assert.Single(report.Results, r => r.Name == "缺少安全生产教育培训覆盖率：评估失败，指明规则和指标");
        Assert.True(result.Passed);
        Assert.Contains("indicator 'safety_training_rate' has no value and no default", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WrongExpectation_FailsWithTheDifferenceAtTheCaseLine()
    {
        using var bundle = new BundleCopy();
        bundle.Append("tests/wrong.yaml", """
            as_of: 2026-11-27
            given: { status: operating, new_business_form: false, safety_training_rate: 1.0, penalties_12m: 0, penalties_36m: 0,
                     penalty_amount_36m: 0, abnormal_listed: false, blacklisted: false, violations_24m: 0, emergency_drills_12m: 1 }
            cases:
              - name: 正确的用例
                expect: { category: IV }
              - name: 错误的预期
                given: { major_hazard_sources: 1 }
                expect:
                  safety_score: 85
                  category: II
                  not_fired: [SL-BLUE]
            """);

        var report = RuleTestRunner.Run(Compile(bundle));

        var wrong = report.Results.Where(r => r.Location.File == "tests/wrong.yaml").ToList();
        Assert.Equal(2, wrong.Count);
        Assert.True(wrong[0].Passed);
        Assert.False(wrong[1].Passed);
        Assert.Equal("tests/wrong.yaml:7", wrong[1].Location.ToString());
        Assert.Equal(["expected safety_score 85, got 90", "expected category II, got IV", "expected SL-BLUE not to fire, it did"], wrong[1].Differences);
        Assert.Contains("S-DED-MAJOR-HAZARD", wrong[1].Fired);
        Assert.Equal(1, report.Failed);
        Assert.False(report.AllPassed);
    }

    [Fact]
    public void Run_RuleNoCaseExercises_IsListedAsNotCovered()
    {
        using var bundle = new BundleCopy();
        bundle.AddDustIndicatorAndRule();

        var report = RuleTestRunner.Run(Compile(bundle));

        Assert.True(report.AllPassed);
        var uncovered = Assert.Single(report.Coverage.Uncovered);
        Assert.Equal("S-DED-DUST", uncovered.Id);
        Assert.Equal(ElementKind.Rule, uncovered.Kind);
        Assert.Equal("evaluation/safety.yaml", uncovered.Location.File);
        Assert.Equal((60, 59), (report.Coverage.Rules, report.Coverage.RulesCovered));
        Assert.False(report.Coverage.IsFull);
    }

    [Fact]
    public void Run_BadGivenValues_AreDiagnosticsWithLineAndColumnAndTheCaseDoesNotRun()
    {
        using var bundle = new BundleCopy();
        bundle.Append("tests/bad.yaml", """
            as_of: 2026-11-27
            cases:
              - name: 培训覆盖率写成中文
                given:
                  safety_training_rate: 九十
                  major_hazard_source: 1
                  blacklisted: yes
                  standardization_level: 4
                  category: I
                expect:
                  category: V
                  fired: [S-DED-MAJOR-HAZARDS]
            """);

        var report = RuleTestRunner.Run(Compile(bundle));

        var errors = report.Diagnostics.Where(d => d.Location.File == "tests/bad.yaml").Select(d => d.ToString()).ToList();
        Assert.Equal(
            [
                "tests/bad.yaml:5:29: error SV084: safety_training_rate takes a number from 0 to 1: found '九十', which is not a number",
                "tests/bad.yaml:6:7: error SV083: unknown indicator 'major_hazard_source'; did you mean 'major_hazard_sources'?; given takes the names declared in indicators.yaml",
                "tests/bad.yaml:7:20: error SV084: blacklisted takes true or false: found 'yes'",
                "tests/bad.yaml:8:30: error SV084: standardization_level takes a whole number from 0 to 3: found '4', which is outside [0..3]",
                "tests/bad.yaml:9:7: error SV083: 'category' is computed by the engine and cannot be given; give the indicators it is computed from, and check it under expect",
                "tests/bad.yaml:11:17: error SV085: expected category 'V' must be one of I, II, III, IV",
                "tests/bad.yaml:12:15: error SV086: the bundle has no rule or table row 'S-DED-MAJOR-HAZARDS'; did you mean 'S-DED-MAJOR-HAZARD'?",
            ],
            errors);
        Assert.Equal(1, report.NotRun);
        Assert.DoesNotContain(report.Results, r => r.Location.File == "tests/bad.yaml");
        Assert.False(report.AllPassed);
    }

    [Fact]
    public void Run_CaseWithoutAsOf_IsDiagnosed()
    {
        using var bundle = new BundleCopy();
        bundle.Append("tests/no-date.yaml", """
            cases:
              - name: 没有评估日期
                expect: { error: null }
              - name: 日期格式错误
                as_of: 2026/11/27
                expect: { error: null }
            """);

        var report = RuleTestRunner.Run(Compile(bundle));

        Assert.Equal(
            ["tests/no-date.yaml:2:5: error SV082: the case has no as_of date (yyyy-MM-dd), and its file sets none",
             "tests/no-date.yaml:5:12: error SV082: as_of must be a date yyyy-MM-dd, found '2026/11/27'"],
            report.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(2, report.NotRun);
    }

    private static CompiledBundle Compile(BundleCopy bundle)
    {
        var (compiled, diagnostics) = bundle.Compile();
        Assert.Empty(diagnostics);
        return compiled!;
    }
}
