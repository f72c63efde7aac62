using Supervision.Rules.Analysis;
using Supervision.Rules.Diagnostics;
using Supervision.Tests.Cli;
using Supervision.Tests.Support;

namespace Supervision.Tests.Analysis;

/// <summary>Regulators' table mistakes, made in a copy of the shipped bundle, as `supervision rules check` reports them.</summary>
public sealed class TableAnalysisCheckTests
{
    private const string Basis = "测试依据";

    [Fact]
    public void Check_ShippedBundle_HasNoTableFindings()
    {
        using var bundle = new BundleCopy();

        var (compiled, diagnostics) = bundle.Compile();

        Assert.NotNull(compiled);
        Assert.DoesNotContain(diagnostics, d => d.Code.StartsWith("SV06", StringComparison.Ordinal));
    }

    [Fact]
    public void RulesCheck_OverlappingMatrixRow_NamesBothRowsAndExitsTwo()
    {
        using var bundle = new BundleCopy();
        bundle.Append("tables/matrix.csv", $"M-ORANGE-B,橙,B,I,{Basis}\n");

        var (code, output, _) = CliRunner.Run("rules", "check", "--rules", bundle.Directory);

        Assert.Equal(2, code);
        var error = Assert.Single(Lines(output, "error SV060"));
        Assert.StartsWith("tables/matrix.csv:12:1: error SV060: table matrix (tables/matrix.csv): ", error, StringComparison.Ordinal);
        Assert.Contains("row M-ORANGE-B (line 12) lies entirely inside row M-ORANGE-AB (line 3)", error, StringComparison.Ordinal);
        Assert.Contains("e.g. safety_level=橙, credit_class=B", error, StringComparison.Ordinal);
    }

    [Fact]
    public void RulesCheck_MissingMatrixCell_GivesTheCounterexampleAndTheRowToAdd()
    {
        using var bundle = new BundleCopy();
        bundle.Replace("tables/matrix.csv", "M-ORANGE-CD,橙,\"C,D\",I", "M-ORANGE-CD,橙,C,I");

        var (code, output, _) = CliRunner.Run("rules", "check", "--rules", bundle.Directory);

        Assert.Equal(2, code);
        var error = Assert.Single(Lines(output, "error SV066"));
        Assert.Contains("table matrix (tables/matrix.csv): no row matches safety_level=橙, credit_class=D", error, StringComparison.Ordinal);
        Assert.Contains("add a row such as <id>,橙,D,<category>,<basis>", error, StringComparison.Ordinal);
        Assert.StartsWith("tables/matrix.csv:3:3:", error, StringComparison.Ordinal);
        Assert.Contains("nearest row: M-ORANGE-AB, line 3, which differs only in credit_class", error, StringComparison.Ordinal);
    }

    [Fact]
    public void RulesCheck_GapInNumericBands_GivesTheMissingInterval()
    {
        using var bundle = new BundleCopy();
        bundle.Replace("tables/safety-levels.csv", "SL-ORANGE,[60..75)", "SL-ORANGE,[61..75)");

        var (code, output, _) = CliRunner.Run("rules", "check", "--rules", bundle.Directory);

        Assert.Equal(2, code);
        var error = Assert.Single(Lines(output, "error SV066"));
        Assert.Contains("no row matches safety_score ∈ [60, 61); add a row such as <id>,[60..61),<safety_level>,<basis>", error, StringComparison.Ordinal);
        Assert.Contains("nearest row: SL-ORANGE, line 4", error, StringComparison.Ordinal);
        Assert.StartsWith("tables/safety-levels.csv:4:2:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OverlappingBands_ReportsTheSharedInterval()
    {
        using var bundle = new BundleCopy();
        bundle.Replace("tables/credit-classes.csv", "CC-C,[60..75)", "CC-C,[60..75]");

        var (compiled, diagnostics) = bundle.Compile();

        Assert.Null(compiled);
        var error = Assert.Single(diagnostics, d => d.Code == AnalysisCodes.Overlap);
        Assert.Contains("rows CC-B (line 3) and CC-C (line 4) overlap: both match e.g. credit_score=75", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DuplicateRowUnderUnique_IsAnError()
    {
        using var bundle = new BundleCopy();
        bundle.Append("tables/matrix.csv", $"M-BLUE-A2,蓝,A,IV,{Basis}\n");

        var (compiled, diagnostics) = bundle.Compile();

        Assert.Null(compiled);
        var error = Assert.Single(diagnostics, d => d.Code == AnalysisCodes.Overlap);
        Assert.Contains("rows M-BLUE-A (line 8) and M-BLUE-A2 (line 12) have the same inputs and the same outputs", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_RowCoveredByHigherPriorityRows_IsMasked()
    {
        using var bundle = PriorityMatrix();
        bundle.Append("tables/matrix.csv", $"M-ANY-D,-,D,II,{Basis}\n");

        var (compiled, diagnostics) = bundle.Compile();

        Assert.NotNull(compiled);
        var warning = Assert.Single(diagnostics);
        Assert.Equal((AnalysisCodes.Masked, DiagnosticSeverity.Warning, 12), (warning.Code, warning.Severity, warning.Location.Line));
        Assert.Contains("row M-ANY-D (line 12) is never chosen", warning.Message, StringComparison.Ordinal);
        Assert.Contains("M-RED (line 2), M-ORANGE-CD (line 4), M-YELLOW-D (line 7), M-BLUE-D (line 11)", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DuplicateRowUnderPriority_IsAWarning()
    {
        using var bundle = PriorityMatrix();
        bundle.Append("tables/matrix.csv", $"M-BLUE-A2,蓝,A,IV,{Basis}\n");

        var (compiled, diagnostics) = bundle.Compile();

        Assert.NotNull(compiled);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(AnalysisCodes.Duplicate, warning.Code);
        Assert.Contains("rows M-BLUE-A (line 8) and M-BLUE-A2 (line 12) have the same inputs and the same outputs", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_RowInsideARowWithTheSameOutputs_IsSubsumed()
    {
        using var bundle = PriorityMatrix();
        bundle.Append("tables/matrix.csv", $"M-ORANGE-D,橙,D,I,{Basis}\n");

        var (compiled, diagnostics) = bundle.Compile();

        Assert.NotNull(compiled);
        var warning = Assert.Single(diagnostics);
        Assert.Equal((AnalysisCodes.Subsumed, 12), (warning.Code, warning.Location.Line));
        Assert.Contains("row M-ORANGE-D (line 12) is redundant: it lies entirely inside row M-ORANGE-CD (line 4)", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_EqualPriorityOverlapWithDifferentOutputs_IsAnError()
    {
        using var bundle = new BundleCopy();
        bundle.Replace("tables/tables.yaml", "    hit_policy: unique\n    inputs:\n      - { name: category }", "    hit_policy: priority\n    inputs:\n      - { name: category }");
        bundle.Append("tables/ratios.csv", $"RT-IV-B,IV,3%,2,false,{Basis}\n");

        var (compiled, diagnostics) = bundle.Compile();

        Assert.Null(compiled);
        var error = Assert.Single(diagnostics);
        Assert.Equal(AnalysisCodes.Ambiguous, error.Code);
        Assert.Contains("rows RT-IV (line 5) and RT-IV-B (line 6) both match e.g. category=IV with the same priority", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CellAdmittingNoValue_IsUnreachable()
    {
        using var bundle = new BundleCopy();
        bundle.Append("tables/matrix.csv", $"M-NEVER,橙,\"not(A,B,C,D)\",I,{Basis}\n");

        var (compiled, diagnostics) = bundle.Compile();

        Assert.NotNull(compiled);
        var warning = Assert.Single(diagnostics);
        Assert.Equal((AnalysisCodes.Unreachable, "tables/matrix.csv", 12, 3), (warning.Code, warning.Location.File, warning.Location.Line, warning.Location.Column));
        Assert.Contains("row M-NEVER can never match: its credit_class cell 'not(A,B,C,D)' admits no value of credit_class (D, C, B, A)", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ExemptRowThatIsStillDrawn_IsAWarningAtTheCell()
    {
        using var bundle = new BundleCopy();
        bundle.Replace("tables/ratios.csv", "RT-IV,IV,3%,1,false", "RT-IV,IV,3%,1,true");

        var (compiled, diagnostics) = bundle.Compile();

        Assert.NotNull(compiled);
        var warning = Assert.Single(diagnostics);
        Assert.Equal((AnalysisCodes.ExemptButDrawn, 5, 5), (warning.Code, warning.Location.Line, warning.Location.Column));
    }

    private static BundleCopy PriorityMatrix()
    {
        var bundle = new BundleCopy();
        bundle.Replace("tables/tables.yaml", "    hit_policy: unique\n    inputs:\n      - { name: safety_level }", "    hit_policy: priority\n    inputs:\n      - { name: safety_level }");
        return bundle;
    }

    private static List<string> Lines(string output, string marker)
        => [.. output.Split('\n').Where(l => l.Contains(marker, StringComparison.Ordinal)).Select(l => l.TrimEnd('\r'))];
}
