namespace Supervision.Tests.WhyNot;

/// <summary>`supervision explain USCC --why-not …` on data-samples with the shipped bundle, as a user runs it.</summary>
public sealed class WhyNotCommandTests
{
    private const string LecHigh = "lec_max >= 160 and lec_max <= 320";
    private const string LecMedium = "lec_max >= 70 and lec_max < 160";

    [Fact]
    public void WhyNot_RuleThatDidNotFire_ShowsFailingComparisonWithActualValueAtLineAndColumn()
    {
        var uscc = WhyNotSamples.Enterprise("IV", "蓝", "A", fired => fired.Contains("S-DED-LEC-70"));
        var lec = WhyNotSamples.SafetyIndicator(uscc, "lec_max");

        var (code, stdout, _) = WhyNotSamples.WhyNot(uscc, "S-DED-LEC-160");

        Assert.Equal(0, code);
        Assert.Contains($"S-DED-LEC-160 未触发 (did not fire): {LecHigh}", stdout, StringComparison.Ordinal);
        Assert.Contains($"  ✗ lec_max >= 160   实际 lec_max = {lec}   ({WhyNotSamples.Position("evaluation/safety.yaml", LecHigh, "lec_max")})",
            stdout, StringComparison.Ordinal);
        Assert.Contains($"  ✓ lec_max <= 320   ({WhyNotSamples.Position("evaluation/safety.yaml", LecHigh, "lec_max", 2)})",
            stdout, StringComparison.Ordinal);
        Assert.Contains("不成立，因为 (failed on): lec_max >= 160", stdout, StringComparison.Ordinal);
        Assert.Contains("安全评估 扣 10 分", stdout, StringComparison.Ordinal);
        Assert.Contains("依据 作业条件危险性评价法（LEC）160≤D≤320 二级", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void WhyNot_RuleThatFired_SaysSoWithEveryComparisonHolding()
    {
        var uscc = WhyNotSamples.Enterprise("IV", "蓝", "A", fired => fired.Contains("S-DED-LEC-70"));
        var lec = WhyNotSamples.SafetyIndicator(uscc, "lec_max");

        var (code, stdout, _) = WhyNotSamples.WhyNot(uscc, "S-DED-LEC-70");

        Assert.Equal(0, code);
        Assert.Contains($"S-DED-LEC-70 已触发 (fired): {LecMedium}", stdout, StringComparison.Ordinal);
        Assert.Contains($"  ✓ lec_max >= 70   实际 lec_max = {lec}   ({WhyNotSamples.Position("evaluation/safety.yaml", LecMedium, "lec_max")})",
            stdout, StringComparison.Ordinal);
        Assert.Contains("  ✓ lec_max < 160", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("✗", stdout, StringComparison.Ordinal);
        Assert.Contains("已计入得分 (counted in the score)", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void WhyNot_RuleWithAFunction_ShowsTheFunctionsValueAndItsInput()
    {
        var uscc = WhyNotSamples.Enterprise("IV", "蓝", "A", fired => fired.Contains("S-DED-LEC-70") && !fired.Contains("R-OBSERVATION"));

        var (code, stdout, _) = WhyNotSamples.WhyNot(uscc, "R-OBSERVATION");

        Assert.Equal(0, code);
        Assert.Contains("R-OBSERVATION 未触发 (did not fire)", stdout, StringComparison.Ordinal);
        Assert.Matches(@"[✓✗] months_since\(registration_date\) < 24   实际 months_since\(registration_date\) = \d+, registration_date = \d{4}-\d{2}-\d{2}   \(evaluation/regimes\.yaml:\d+:\d+\)",
            stdout);
        Assert.Contains("✓ credit_class in [\"A\", \"B\"]   实际 credit_class = A", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void WhyNot_CategoryOneForCategoryFourEnterprise_NamesMatrixRowsFailingCellsScoreBandsAndRegimes()
    {
        var uscc = WhyNotSamples.Enterprise("IV", "蓝", "A", fired => fired.Contains("M-BLUE-A") && !fired.Contains("R-OBSERVATION"));
        var safetyScore = WhyNotSamples.GoldenValue(uscc, "safety_score");

        var (code, stdout, _) = WhyNotSamples.WhyNot(uscc, "I");

        Assert.Equal(0, code);
        Assert.Contains("为什么不是监管类别 I (why not category I)", stdout, StringComparison.Ordinal);
        Assert.Contains("实际为监管类别 IV，由矩阵行 M-BLUE-A", stdout, StringComparison.Ordinal);
        Assert.Contains("  M-RED 需要 (needs) 安全风险等级 safety_level 为 红（实际 蓝）", stdout, StringComparison.Ordinal);
        Assert.Contains("  M-ORANGE-CD 需要 (needs) 安全风险等级 safety_level 为 橙（实际 蓝） 且 信用风险类别 credit_class 为 C 或 D（实际 A）",
            stdout, StringComparison.Ordinal);
        Assert.Contains("  M-BLUE-D 需要 (needs) 信用风险类别 credit_class 为 D（实际 A）；已满足 (already met): 安全风险等级 蓝", stdout, StringComparison.Ordinal);
        Assert.Contains("✗ credit_class: C,D   实际 credit_class = A   (tables/matrix.csv:4:3)", stdout, StringComparison.Ordinal);
        Assert.Contains("依据 应急〔2018〕19号；国市监信发〔2022〕6号（C类适当提高、D类大幅提高抽查比例） · tables/matrix.csv:4:1", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("M-BLUE-A 需要", stdout, StringComparison.Ordinal);

        // What 红 would take: the score band against the actual score, or a direct grade.
        Assert.Contains("安全风险等级 safety_level 为 红（实际 蓝）:", stdout, StringComparison.Ordinal);
        Assert.Contains($"✗ safety_score: [0..60)   实际 safety_score = {safetyScore}   (tables/safety-levels.csv:5:2)", stdout, StringComparison.Ordinal);
        Assert.Contains($"安全评估得分 须低于 60 (below 60)，实际 {safetyScore}", stdout, StringComparison.Ordinal);
        Assert.Contains("S-RED-UNDESIGNED 未触发 (did not fire): undesigned_units", stdout, StringComparison.Ordinal);

        // Regime rules that would impose I whatever the matrix says.
        Assert.Contains("将监管类别定为 I 的监管方式", stdout, StringComparison.Ordinal);
        Assert.Contains("R-BLACKLIST 未触发 (did not fire): blacklisted", stdout, StringComparison.Ordinal);
        Assert.Contains("✗ blacklisted   实际 blacklisted = false   (evaluation/regimes.yaml:", stdout, StringComparison.Ordinal);
        Assert.Contains("总局令第44号", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void WhyNot_CategoryUnderABlacklistRegime_SaysTheRegimeWouldHaveToGo()
    {
        var uscc = WhyNotSamples.Enterprise("I", "蓝", "D", fired => fired.Contains("R-BLACKLIST"));

        var (code, stdout, _) = WhyNotSamples.WhyNot(uscc, "II");

        Assert.Equal(0, code);
        Assert.Contains("实际为监管类别 I，由监管方式 blacklist（R-BLACKLIST）决定", stdout, StringComparison.Ordinal);
        Assert.Contains("但现由直接判定定为 D（不论得分）", stdout, StringComparison.Ordinal);
        Assert.Contains("C-D-BLACKLIST 已触发 (fired): blacklisted", stdout, StringComparison.Ordinal);
        Assert.Contains("另：监管方式 blacklist 在矩阵之后将类别定为 I", stdout, StringComparison.Ordinal);
        Assert.Contains("R-BLACKLIST 已触发 (fired): blacklisted", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void WhyNot_CategoryTheEnterpriseIsIn_SaysSo()
    {
        var uscc = WhyNotSamples.Enterprise("IV", "蓝", "A", fired => fired.Contains("M-BLUE-A") && !fired.Contains("R-OBSERVATION"));

        var (code, stdout, _) = WhyNotSamples.WhyNot(uscc, "IV");

        Assert.Equal(0, code);
        Assert.Contains("已是监管类别 IV，由矩阵行 M-BLUE-A", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void WhyNot_TableRow_ShowsEachCellWithTheActualInputAtItsCsvColumn()
    {
        var uscc = WhyNotSamples.Enterprise("IV", "蓝", "A", fired => fired.Contains("CC-A"));
        var creditScore = WhyNotSamples.GoldenValue(uscc, "credit_score");

        var (code, stdout, _) = WhyNotSamples.WhyNot(uscc, "CC-D");

        Assert.Equal(0, code);
        Assert.Contains("CC-D 未匹配 (did not match): credit_score: [0..60)", stdout, StringComparison.Ordinal);
        Assert.Contains($"  ✗ credit_score: [0..60)   实际 credit_score = {creditScore}   (tables/credit-classes.csv:5:2)", stdout, StringComparison.Ordinal);
        Assert.Contains("→ 信用风险类别 D", stdout, StringComparison.Ordinal);
        Assert.Contains("依据 国市监信发〔2022〕6号（D类 信用风险高） · tables/credit-classes.csv:5:1", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void WhyNot_MatrixRowWithAnAnyCell_ShowsWhichCellFailed()
    {
        var uscc = WhyNotSamples.Enterprise("IV", "蓝", "A", fired => fired.Contains("M-BLUE-A"));

        var (code, stdout, _) = WhyNotSamples.WhyNot(uscc, "M-RED");

        Assert.Equal(0, code);
        Assert.Contains("  ✗ safety_level: 红   实际 safety_level = 蓝   (tables/matrix.csv:2:2)", stdout, StringComparison.Ordinal);
        Assert.Contains("  ✓ credit_class: -（任意 any）   实际 credit_class = A   (tables/matrix.csv:2:3)", stdout, StringComparison.Ordinal);
        Assert.Contains("不成立，因为 (failed on): safety_level: 红", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void WhyNot_UnknownIdCloseToARule_ExitsOneWithDidYouMeanAndTheValidNames()
    {
        var uscc = WhyNotSamples.Enterprise("IV", "蓝", "A", _ => true);

        var (code, stdout, error) = WhyNotSamples.WhyNot(uscc, "S-DED-LEC-16");

        Assert.Equal(1, code);
        Assert.Equal("", stdout);
        Assert.Contains("--why-not 'S-DED-LEC-16': not a supervision category, rule or table row", error, StringComparison.Ordinal);
        Assert.Contains("did you mean 'S-DED-LEC-160'?", error, StringComparison.Ordinal);
        Assert.Contains("监管类别 (categories): I, II, III, IV", error, StringComparison.Ordinal);
        Assert.Contains("S-RED-NEWPROC", error, StringComparison.Ordinal);
        Assert.Contains("M-ORANGE-CD", error, StringComparison.Ordinal);
    }

    [Fact]
    public void WhyNot_UnknownCategory_ExitsOneWithTheCategories()
    {
        var uscc = WhyNotSamples.Enterprise("IV", "蓝", "A", _ => true);

        var (code, _, error) = WhyNotSamples.WhyNot(uscc, "V");

        Assert.Equal(1, code);
        Assert.Contains("监管类别 (categories): I, II, III, IV", error, StringComparison.Ordinal);
    }

    [Fact]
    public void WhyNot_IdInOtherCase_IsAccepted()
    {
        var uscc = WhyNotSamples.Enterprise("IV", "蓝", "A", _ => true);

        var (code, stdout, _) = WhyNotSamples.WhyNot(uscc, "r-blacklist");

        Assert.Equal(0, code);
        Assert.Contains("R-BLACKLIST 未触发 (did not fire): blacklisted", stdout, StringComparison.Ordinal);
    }
}
