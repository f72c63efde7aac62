using Supervision.Data.Scoring;
using Supervision.Tests.Support;

namespace Supervision.Tests.Rules;

/// <summary>Regulators' mistakes come back as diagnostics at the exact place, and the bundle is refused.</summary>
public sealed class BundleDiagnosticsTests
{
    [Fact]
    public void Compile_ShippedBundle_HasNoDiagnostics()
    {
        using var bundle = new BundleCopy();

        var (compiled, diagnostics) = bundle.Compile();

        Assert.NotNull(compiled);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Compile_TypoInIndicatorName_SuggestsTheRightName()
    {
        using var bundle = new BundleCopy();
        bundle.Replace("evaluation/safety.yaml", "when: major_hazard_sources >= 1", "when: major_hazard_source >= 1");

        var (compiled, diagnostics) = bundle.Compile();

        Assert.Null(compiled);
        var error = Assert.Single(diagnostics);
        Assert.Equal("evaluation/safety.yaml", error.Location.File);
        Assert.Equal(11, error.Location.Column);
        Assert.Contains("did you mean 'major_hazard_sources'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_TypeError_PointsAtTheOperator()
    {
        using var bundle = new BundleCopy();
        bundle.Replace("evaluation/credit.yaml", "when: tax_grade == \"C\"", "when: tax_grade > 3");

        var (_, diagnostics) = bundle.Compile();

        var error = Assert.Single(diagnostics);
        Assert.Contains("cannot compare a text with a number", error.Message, StringComparison.Ordinal);
        Assert.Equal(11 + "tax_grade ".Length, error.Location.Column);
    }

    [Fact]
    public void Compile_UnknownEnumValue_IsRejected()
    {
        using var bundle = new BundleCopy();
        bundle.Replace("evaluation/credit.yaml", "when: tax_grade == \"D\"", "when: tax_grade == \"E\"");

        var (_, diagnostics) = bundle.Compile();

        Assert.Contains(diagnostics, d => d.Message.Contains("\"E\" is not a value of tax_grade", StringComparison.Ordinal));
    }

    [Fact]
    public void Compile_LaterPhaseVariableInSafetyRule_IsRejected()
    {
        using var bundle = new BundleCopy();
        bundle.Replace("evaluation/safety.yaml", "when: fire_brigade", "when: fire_brigade and credit_class == \"A\"");

        var (_, diagnostics) = bundle.Compile();

        Assert.Contains(diagnostics, d => d.Message.Contains("'credit_class' is computed after", StringComparison.Ordinal));
    }

    [Fact]
    public void Compile_ZeroRatioWithoutExemption_IsRejected()
    {
        using var bundle = new BundleCopy();
        bundle.Replace("tables/ratios.csv", "RT-IV,IV,3%", "RT-IV,IV,0%");

        var (_, diagnostics) = bundle.Compile();

        var error = Assert.Single(diagnostics);
        Assert.Equal("SV052", error.Code);
        Assert.Equal("tables/ratios.csv", error.Location.File);
        Assert.Equal(5, error.Location.Line);
    }

    [Fact]
    public void Compile_BadCellInTable_ReportsRowAndColumn()
    {
        using var bundle = new BundleCopy();
        bundle.Replace("tables/matrix.csv", "M-BLUE-D,蓝,D,I", "M-BLUE-D,蓝,E,I");

        var (_, diagnostics) = bundle.Compile();

        var error = Assert.Single(diagnostics);
        Assert.Equal("tables/matrix.csv", error.Location.File);
        Assert.Equal(11, error.Location.Line);
        Assert.Equal(3, error.Location.Column);
    }

    [Fact]
    public void Compile_NewIndicatorColumnUsedByNewRule_NeedsNoCodeChange()
    {
        using var bundle = new BundleCopy();
        bundle.AddDustIndicatorAndRule();

        var (compiled, diagnostics) = bundle.Compile();

        Assert.Empty(diagnostics);
        Assert.Contains(new FactBuilder(compiled!).SafetyColumns, c => c.Name == "dust_explosion_sites");
        Assert.NotNull(compiled!.Find("S-DED-DUST"));
    }
}
