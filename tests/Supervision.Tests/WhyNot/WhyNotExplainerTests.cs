using Supervision.Rules.Compilation;
using Supervision.Rules.Scoring;
using Supervision.Tests.Support;

namespace Supervision.Tests.WhyNot;

/// <summary><see cref="Explainer.WhyNot"/> on constructed enterprises and edited bundles.</summary>
public sealed class WhyNotExplainerTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 27);

    [Fact]
    public void WhyNot_MissingValueWithoutDefault_ShowsMissingAndThatTheEvaluationFails()
    {
        var input = ShippedBundle.Input(("safety_training_rate", double.NaN));

        var text = new Explainer(ShippedBundle.Bundle).WhyNot(input, AsOf, "S-DED-TRAINING-90");

        Assert.Contains("评估失败 (evaluation error)", text, StringComparison.Ordinal);
        Assert.Contains("S-DED-TRAINING-90 无法求值 (could not be evaluated): safety_training_rate < 0.9 and safety_training_rate >= 0.7", text, StringComparison.Ordinal);
        Assert.Contains("  ? safety_training_rate < 0.9   实际 safety_training_rate = missing (no default)   无法求值 (cannot be evaluated)   (evaluation/safety.yaml:",
            text, StringComparison.Ordinal);
        Assert.Contains("无法求值 (cannot be evaluated): safety_training_rate = missing (no default)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void WhyNot_NestedAndOrNot_ShowsTheTreeIndentedAndTheFailingConjunct()
    {
        const string When = "major_hazard_sources >= 1 and (lec_max > 320 or not fire_brigade)";
        using var copy = new BundleCopy();
        copy.Append("evaluation/safety.yaml", $"""
              - id: S-DED-TEST-TREE
                title: 测试：重大危险源且（极高危作业或无专职消防队）
                when: {When}
                points: -1
                basis: 测试依据 第一条
            """ + "\n");
        var bundle = Compiled(copy);
        var input = ShippedBundle.Input(("major_hazard_sources", 2.0), ("lec_max", 100.0), ("fire_brigade", true));
        string At(string part, int occurrence = 1) => WhyNotSamples.Position("evaluation/safety.yaml", When, part, occurrence, copy.Directory);

        var text = new Explainer(bundle).WhyNot(input, AsOf, "S-DED-TEST-TREE");

        Assert.Contains($"""
            S-DED-TEST-TREE 未触发 (did not fire): {When}
              ✓ major_hazard_sources >= 1   实际 major_hazard_sources = 2   ({At("major_hazard_sources")})
              ✗ lec_max > 320 or not fire_brigade   任一成立即可 (any of)   ({At("lec_max")})
                ✗ lec_max > 320   实际 lec_max = 100   ({At("lec_max")})
                ✗ not fire_brigade   须不成立 (not)   ({At("not fire_brigade")})
                  ✓ fire_brigade   实际 fire_brigade = true   ({At("fire_brigade")})
              不成立，因为 (failed on): lec_max > 320 or not fire_brigade
              测试：重大危险源且（极高危作业或无专职消防队） → 安全评估 扣 1 分
              依据 测试依据 第一条 · {At("major_hazard_sources")}
            """.ReplaceLineEndings("\n"), text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void WhyNot_RegimeRuleReadingCategory_SeesTheMatrixCategoryNotTheOneARegimeImposed()
    {
        using var copy = new BundleCopy();
        copy.Replace("evaluation/regimes.yaml", "    regime: dormant\n", "    regime: dormant\n    category: II\n");
        copy.Append("evaluation/regimes.yaml", """
              - id: R-TEST-MATRIX-IV
                title: 测试：矩阵得出类别 IV
                when: category == "IV"
                regime: trigger_only
                basis: 测试依据 第二条
            """ + "\n");
        var bundle = Compiled(copy);
        var input = ShippedBundle.Input(("status", "dormant"));
        var explainer = new Explainer(bundle);

        var regime = explainer.WhyNot(input, AsOf, "R-TEST-MATRIX-IV");
        var ratio = explainer.WhyNot(input, AsOf, "RT-II");

        Assert.Contains("结论: 监管类别 II", regime, StringComparison.Ordinal);
        Assert.Contains("R-TEST-MATRIX-IV 已触发 (fired): category == \"IV\"", regime, StringComparison.Ordinal);
        Assert.Contains("  ✓ category == \"IV\"   实际 category = IV", regime, StringComparison.Ordinal);
        Assert.Contains("成立，但监管方式 dormant 优先，未适用", regime, StringComparison.Ordinal);
        Assert.Contains("RT-II 已匹配 (matched): category: II", ratio, StringComparison.Ordinal);
        Assert.Contains("  ✓ category: II   实际 category = II   (tables/ratios.csv:3:2)", ratio, StringComparison.Ordinal);
    }

    [Fact]
    public void WhyNot_RuleNotInForceOnTheAsOfDate_SaysSoEvenThoughItsConditionHolds()
    {
        using var copy = new BundleCopy();
        copy.Append("evaluation/safety.yaml", """
              - id: S-DED-TEST-OLD
                title: 测试：已废止的扣分项
                when: lec_max >= 0
                points: -1
                basis: 测试依据 第三条
                valid_to: 2025-12-31
            """ + "\n");
        var bundle = Compiled(copy);

        var text = new Explainer(bundle).WhyNot(ShippedBundle.Input(("lec_max", 10.0)), AsOf, "S-DED-TEST-OLD");

        Assert.Contains("S-DED-TEST-OLD 未生效 (not in force on 2026-11-27; in force 至2025-12-31): lec_max >= 0", text, StringComparison.Ordinal);
        Assert.Contains("  ✓ lec_max >= 0   实际 lec_max = 10", text, StringComparison.Ordinal);
        Assert.Contains("评估日期 2026-11-27 不在其有效期（至2025-12-31）内", text, StringComparison.Ordinal);
        Assert.Contains("有效期 至2025-12-31", text, StringComparison.Ordinal);
    }

    [Fact]
    public void WhyNot_UnknownTarget_IsRefusedByCheckAndWhyNot()
    {
        var explainer = new Explainer(ShippedBundle.Bundle);

        Assert.Null(explainer.CheckWhyNot("II"));
        Assert.Null(explainer.CheckWhyNot("SL-RED"));
        Assert.Contains("did you mean 'SL-RED'?", explainer.CheckWhyNot("SL-RDE"), StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => explainer.WhyNot(ShippedBundle.Input(), AsOf, "nothing-like-it"));
    }

    private static CompiledBundle Compiled(BundleCopy copy)
    {
        var (bundle, diagnostics) = copy.Compile();
        Assert.True(bundle is not null, string.Join("\n", diagnostics));
        return bundle;
    }
}
