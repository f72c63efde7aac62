using System.Diagnostics;
using System.Globalization;
using Supervision.Rules.Analysis;
using Supervision.Rules.Bundle;
using Supervision.Rules.Compilation;
using Supervision.Rules.Diagnostics;

namespace Supervision.Benchmarks;

/// <summary>
/// How long the decision-table analysis takes on large tables (a 25 × 20 grid of 500 rows that tiles the domain, and
/// 500 nested overlapping rows), each under both hit policies, against the analysis of the shipped bundle's own tables
/// measured in the same run (the baseline). Median of five runs after a warm-up.
/// </summary>
internal static class TableAnalysisBenchmark
{
    private const int Runs = 5;

    public static string Run(string rules)
    {
        var shipped = BundleSource.Compile(rules);
        var categories = shipped.Bundle.Manifest.Categories;
        var baseline = Median(() => TableAnalyzer.Analyze(shipped.Bundle, shipped.Catalog, new DiagnosticBag()));
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"| shipped tables ({shipped.Bundle.Tables.Sum(t => t.Rows.Count)} rows), baseline | {baseline * 1000:0.0} ms | 1.0 |"),
        };
        foreach (var policy in new[] { HitPolicy.Unique, HitPolicy.Priority })
        {
            foreach (var (name, table) in new[] { ("500-row grid", Grid(policy, categories)), ("500 overlapping rows", Nested(policy, categories)) })
            {
                var bundle = shipped.Bundle with { Tables = [table] };
                var seconds = Median(() => TableAnalyzer.Analyze(bundle, shipped.Catalog, new DiagnosticBag()));
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"| {name}, {policy.ToString().ToLowerInvariant()} | {seconds * 1000:0.0} ms | {seconds / baseline:0.0} |"));
            }
        }

        return string.Join('\n', lines);
    }

    private static TableSpec Grid(HitPolicy policy, IReadOnlyList<string> categories)
    {
        var rows = new List<TableRow>();
        for (var s = 0; s < 25; s++)
        {
            for (var c = 0; c < 20; c++)
            {
                rows.Add(Row($"G-{s}-{c}", rows.Count + 2, [Interval(4 * s, 4 * s + 4, s == 24), Interval(5 * c, 5 * c + 5, c == 19)], categories[(s + c) % 4]));
            }
        }

        return Table("grid", policy, rows);
    }

    private static TableSpec Nested(HitPolicy policy, IReadOnlyList<string> categories)
        => Table("nested", policy, [.. Enumerable.Range(0, 500)
            .Select(k => Row($"X{k}", k + 2, [Interval(k / 5.0, 100, true), Interval(0, 100 - (k / 5.0), true)], categories[k % 4]))]);

    private static TableSpec Table(string id, HitPolicy policy, IReadOnlyList<TableRow> rows)
        => new(id, id, "tables/bench.csv", policy,
            [new TableInput("safety_score", Interval(0, 100, true), Where(2)), new TableInput("credit_score", Interval(0, 100, true), Where(2))],
            ["category"], rows, Where(1));

    private static TableRow Row(string id, int line, IReadOnlyList<CellTest> tests, string category)
        => new(id, tests, [category], "基准测试", new SourceLocation("tables/bench.csv", line, 1), Validity.Always);

    private static IntervalCell Interval(double low, double high, bool highClosed)
        => new(low, true, high, highClosed) { Text = string.Create(CultureInfo.InvariantCulture, $"[{low}..{high}{(highClosed ? ']' : ')')}") };

    private static SourceLocation Where(int line) => new("tables/tables.yaml", line, 1);

    private static double Median(Action analyse)
    {
        analyse();
        var times = new double[Runs];
        for (var i = 0; i < Runs; i++)
        {
            var watch = Stopwatch.StartNew();
            analyse();
            times[i] = watch.Elapsed.TotalSeconds;
        }

        Array.Sort(times);
        return times[Runs / 2];
    }
}
