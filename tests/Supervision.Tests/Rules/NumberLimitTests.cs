using Supervision.Rules.Diagnostics;
using Supervision.Rules.Scoring;
using Supervision.Tests.Support;

namespace Supervision.Tests.Rules;

/// <summary>
/// Numbers with limits: a constant that would silently change every outcome (points beyond the score's scale, a
/// division by zero, a 0 % regime ratio without exemption, a schema whose bounds contradict each other) is an error at
/// its file:line:column and the bundle is refused; a division that may meet 0 is a warning at the divisor.
/// </summary>
public sealed class NumberLimitTests
{
    [Theory]
    [InlineData("1e308")]
    [InlineData("101")]
    [InlineData("-100.5")]
    public void Compile_PointsBeyondTheScoreScale_SV036AtThePoints_NothingCompiled(string points)
    {
        using var bundle = new BundleCopy();
        bundle.Replace("evaluation/safety.yaml", "when: major_hidden_hazards_open >= 1\n    points: -15", $"when: major_hidden_hazards_open >= 1\n    points: {points}");

        var (compiled, diagnostics) = bundle.Compile();

        Assert.Null(compiled);
        var error = Assert.Single(diagnostics);
        Assert.Equal(("SV036", DiagnosticSeverity.Error), (error.Code, error.Severity));
        Assert.Equal(("evaluation/safety.yaml", 72, 13), (error.Location.File, error.Location.Line, error.Location.Column));
        Assert.Contains("outside ±100", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_PointsAtTheWholeScale_Accepted()
    {
        using var bundle = new BundleCopy();
        bundle.Replace("evaluation/safety.yaml", "when: major_hidden_hazards_open >= 1\n    points: -15", "when: major_hidden_hazards_open >= 1\n    points: -100");

        var (compiled, diagnostics) = bundle.Compile();

        Assert.NotNull(compiled);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Compile_BaseScoreOffTheScale_SV017()
    {
        using var bundle = new BundleCopy();
        bundle.Replace("bundle.yaml", "safety:\n  base_score: 100", "safety:\n  base_score: 1e308");

        var (compiled, diagnostics) = bundle.Compile();

        Assert.Null(compiled);
        var error = Assert.Single(diagnostics);
        Assert.Equal("SV017", error.Code);
        Assert.Equal(("bundle.yaml", 12), (error.Location.File, error.Location.Line));
    }

    [Fact]
    public void Compile_DivisionByConstantZero_SV103AtTheDivision()
    {
        using var bundle = new BundleCopy();
        bundle.Replace("evaluation/safety.yaml", "when: major_hazard_sources >= 1", "when: major_hazard_sources / (2 - 2) >= 1");

        var (compiled, diagnostics) = bundle.Compile();

        Assert.Null(compiled);
        var error = Assert.Single(diagnostics);
        Assert.Equal(("SV103", DiagnosticSeverity.Error), (error.Code, error.Severity));
        Assert.Equal(("evaluation/safety.yaml", 61, 11 + "major_hazard_sources ".Length), (error.Location.File, error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void Compile_DivisionByIndicatorWhoseRangeIncludesZero_SV104WarningSuggestingAGuard()
    {
        using var bundle = new BundleCopy();
        bundle.Replace("evaluation/safety.yaml", "when: major_hazard_sources >= 1", "when: major_hazard_sources / emergency_drills_12m >= 1");

        var (compiled, diagnostics) = bundle.Compile();

        Assert.NotNull(compiled);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(("SV104", DiagnosticSeverity.Warning), (warning.Code, warning.Severity));
        Assert.Equal(11 + "major_hazard_sources ".Length, warning.Location.Column);
        Assert.Contains("'emergency_drills_12m' may be 0 (its declared range [0..", warning.Message, StringComparison.Ordinal);
        Assert.Contains("guard", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("emergency_drills_12m > 0 and major_hazard_sources / emergency_drills_12m >= 1")]
    [InlineData("emergency_drills_12m == 0 or major_hazard_sources / emergency_drills_12m >= 1")]
    [InlineData("not (emergency_drills_12m < 1) and major_hazard_sources / emergency_drills_12m >= 1")]
    [InlineData("major_hazard_sources / (emergency_drills_12m + 1) >= 1")]
    [InlineData("major_hazard_sources / 2 >= 1")]
    public void Compile_GuardedOrNonZeroDivisor_NoWarning(string condition)
    {
        using var bundle = new BundleCopy();
        bundle.Replace("evaluation/safety.yaml", "when: major_hazard_sources >= 1", $"when: {condition}");

        var (compiled, diagnostics) = bundle.Compile();

        Assert.NotNull(compiled);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Compile_DivisionByIndicatorWithoutRange_SV104SaysSo()
    {
        using var bundle = new BundleCopy();
        bundle.Replace("evaluation/credit.yaml", "when: tax_grade == \"C\"", "when: 100 / penalty_amount_36m > 1");

        var (_, diagnostics) = bundle.Compile();

        var warning = Assert.Single(diagnostics);
        Assert.Equal("SV104", warning.Code);
        Assert.Contains("indicators.yaml declares no range for it", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_ConstantBeyondTheLimitInACondition_SV105()
    {
        using var bundle = new BundleCopy();
        bundle.Replace("evaluation/safety.yaml", "when: major_hazard_sources >= 1", "when: major_hazard_sources >= 1 or lec_max * 100000000000000000000 > 1");

        var (compiled, diagnostics) = bundle.Compile();

        Assert.Null(compiled);
        var error = Assert.Single(diagnostics);
        Assert.Equal("SV105", error.Code);
        Assert.Equal(11 + "major_hazard_sources >= 1 or lec_max * ".Length, error.Location.Column);
    }

    [Fact]
    public void Compile_ComparisonWithAConstantOutsideTheDeclaredRange_SV106Warning()
    {
        using var bundle = new BundleCopy();
        bundle.Replace("evaluation/safety.yaml", "when: safety_training_rate < 0.7", "when: safety_training_rate < 70");

        var (compiled, diagnostics) = bundle.Compile();

        Assert.NotNull(compiled);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(("SV106", DiagnosticSeverity.Warning), (warning.Code, warning.Severity));
        Assert.Contains("outside the declared range of 'safety_training_rate' [0..1]", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_TableCellBeyondTheLimit_SV049()
    {
        using var bundle = new BundleCopy();
        bundle.Replace("tables/safety-levels.csv", "SL-RED,[0..60)", "SL-RED,[-1e300..60)");

        var (compiled, diagnostics) = bundle.Compile();

        Assert.Null(compiled);
        var error = Assert.Single(diagnostics, d => d.Code == "SV049");
        Assert.Equal(("tables/safety-levels.csv", 5, 2), (error.Location.File, error.Location.Line, error.Location.Column));
        Assert.Contains("beyond ±10^15", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("min: 0\n    max: 3\n    default: 0", "min: 4\n    max: 3\n    default: 0", "SV024")]
    [InlineData("min: 0\n    max: 3\n    default: 0", "min: 0\n    max: 3\n    default: 5", "SV025")]
    [InlineData("min: 0\n    max: 3\n    default: 0", "min: 0\n    max: 3\n    default: .nan", "SV025")]
    [InlineData("min: 0\n    max: 3\n    default: 0", "min: -1e300\n    max: 3\n    default: 0", "SV024")]
    public void Compile_InconsistentIndicatorBounds_Rejected(string old, string replacement, string code)
    {
        using var bundle = new BundleCopy();
        bundle.Replace("indicators.yaml", old, replacement);

        var (compiled, diagnostics) = bundle.Compile();

        Assert.Null(compiled);
        var error = Assert.Single(diagnostics, d => d.Code == code);
        Assert.Equal((DiagnosticSeverity.Error, "indicators.yaml"), (error.Severity, error.Location.File));
    }

    [Fact]
    public void Compile_RegimeWithZeroRatioAndNoExemption_SV052LikeTheTableCheck()
    {
        using var bundle = new BundleCopy();
        bundle.Replace("evaluation/regimes.yaml", "    regime: dormant\n", "    regime: dormant\n    ratio: 0\n");

        var (compiled, diagnostics) = bundle.Compile();

        Assert.Null(compiled);
        var error = Assert.Single(diagnostics);
        Assert.Equal(("SV052", "evaluation/regimes.yaml", 16, 12), (error.Code, error.Location.File, error.Location.Line, error.Location.Column));
        Assert.Contains("rule R-DORMANT sets a 0% ratio without exempt: true", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_RegimeWithZeroRatioAndExemption_Accepted()
    {
        using var bundle = new BundleCopy();
        bundle.Replace("evaluation/regimes.yaml", "    regime: dormant\n", "    regime: dormant\n    ratio: 0\n    exempt: true\n");

        var (compiled, diagnostics) = bundle.Compile();

        Assert.NotNull(compiled);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Score_RegimeWithZeroRatioAndExemption_OutcomeIsExempt()
    {
        using var bundle = new BundleCopy();
        bundle.Replace("evaluation/regimes.yaml", "    regime: dormant\n", "    regime: dormant\n    ratio: 0\n    exempt: true\n");
        var (compiled, _) = bundle.Compile();
        var engine = new ScoringEngine(compiled!, new ScoringOptions(EngineMode.Direct, Parallelism: 1));

        var dormant = engine.Score([ShippedBundle.Input(("status", "dormant"))], new DateOnly(2026, 11, 27)).Single().Outcome;
        var operating = engine.Score([ShippedBundle.Input(("status", "operating"))], new DateOnly(2026, 11, 27)).Single().Outcome;

        Assert.Equal(("dormant", 0.0, true), (dormant.Regime, dormant.Ratio, dormant.Exempt));
        Assert.False(operating.Exempt);
    }
}
