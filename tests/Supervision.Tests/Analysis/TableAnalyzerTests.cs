using System.Globalization;
using Supervision.Rules.Analysis;
using Supervision.Rules.Bundle;
using Supervision.Rules.Diagnostics;
using Supervision.Tests.Support;

namespace Supervision.Tests.Analysis;

/// <summary>Tables built in memory: text columns, many gaps, integer columns, caps.</summary>
public sealed class TableAnalyzerTests
{
    private const string File = "tables/test.csv";

    [Fact]
    public void Analyze_TextColumnWithoutValues_WarnsOnceAndStillFindsOverlaps()
    {
        var table = Table("regions", HitPolicy.Unique, [Input("region")], ["category"],
        [
            Row("R1", 2, [Values("综合保税区")], "I"),
            Row("R2", 3, [Values("综合保税区", negated: true)], "II"),
            Row("R3", 4, [Values("综合保税区", "东区")], "III"),
        ]);

        var diagnostics = Analyze(table);

        Assert.Equal([AnalysisCodes.Overlap, AnalysisCodes.Overlap, AnalysisCodes.Unprovable], diagnostics.Select(d => d.Code).Order(StringComparer.Ordinal));
        Assert.Contains(diagnostics, d => d.Message.Contains("row R1 (line 2) lies entirely inside row R3 (line 4)", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Message.Contains("rows R2 (line 3) and R3 (line 4) overlap: both match e.g. region=东区", StringComparison.Ordinal));
    }

    [Fact]
    public void Analyze_ManyGaps_ListsTenAndCountsTheRest()
    {
        var rows = Enumerable.Range(0, 30).Select(k => Row($"B{k}", k + 2, [Interval(3 * k, 3 * k + 2)], "蓝")).ToList();
        var table = Table("bands", HitPolicy.Unique, [Input("safety_score", Interval(0, 100, highClosed: true))], ["safety_level"], rows);

        var diagnostics = Analyze(table);

        var gaps = diagnostics.Where(d => d.Code == AnalysisCodes.Gap).ToList();
        Assert.Equal(TableAnalyzer.MaxListed + 1, gaps.Count);
        Assert.Contains("no row matches safety_score ∈ [2, 3)", gaps[0].Message, StringComparison.Ordinal);
        Assert.Contains("20 more SV066 finding(s) not listed", gaps[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_IntegerIndicatorColumn_HasNoGapBetweenConsecutiveIntegers()
    {
        var table = Table("hazards", HitPolicy.Unique, [Input("major_hazard_sources")], ["safety_level"],
        [
            Row("H0", 2, [Interval(double.NegativeInfinity, 0, highClosed: true)], "蓝"),
            Row("H1", 3, [Interval(1, 2, highClosed: true)], "黄"),
            Row("H3", 4, [Interval(2, double.PositiveInfinity, lowClosed: false)], "红"),
        ]);

        Assert.Empty(Analyze(table));
    }

    [Fact]
    public void Analyze_MinCountAboveCap_IsAnErrorAtTheCell()
    {
        var table = Table("capped", HitPolicy.Unique, [Input("category")], ["ratio", "min_count", "max_count", "exempt"],
        [
            Row("C1", 2, [new AnyCell { Text = "-" }], "10%", "5", "3", "false"),
        ]);

        var error = Assert.Single(Analyze(table));

        Assert.Equal((AnalysisCodes.MinAboveCap, DiagnosticSeverity.Error, 2, 4), (error.Code, error.Severity, error.Location.Line, error.Location.Column));
    }

    internal static List<Diagnostic> Analyze(TableSpec table)
    {
        var shipped = ShippedBundle.Bundle;
        var diagnostics = new DiagnosticBag();
        TableAnalyzer.Analyze(shipped.Bundle with { Tables = [table] }, shipped.Catalog, diagnostics);
        return [.. diagnostics.Items];
    }

    internal static TableSpec Table(string id, HitPolicy policy, IReadOnlyList<TableInput> inputs, IReadOnlyList<string> outputs, IReadOnlyList<TableRow> rows)
        => new(id, id, File, policy, inputs, outputs, rows, new SourceLocation("tables/tables.yaml", 1, 1));

    internal static TableInput Input(string name, IntervalCell? domain = null) => new(name, domain, new SourceLocation("tables/tables.yaml", 2, 9));

    internal static TableRow Row(string id, int line, IReadOnlyList<CellTest> tests, params string[] outputs)
        => new(id, tests, outputs, "测试依据", new SourceLocation(File, line, 1), Validity.Always);

    internal static IntervalCell Interval(double low, double high, bool lowClosed = true, bool highClosed = false)
        => new(low, lowClosed, high, highClosed) { Text = string.Create(CultureInfo.InvariantCulture, $"{(lowClosed ? '[' : '(')}{low}..{high}{(highClosed ? ']' : ')')}") };

    private static ValueSetCell Values(params string[] values) => new(values, false) { Text = string.Join(",", values) };

    private static ValueSetCell Values(string value, bool negated) => new([value], negated) { Text = negated ? $"not({value})" : value };
}
