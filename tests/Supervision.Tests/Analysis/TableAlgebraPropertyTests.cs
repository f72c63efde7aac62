using Supervision.Rules.Analysis;
using Supervision.Rules.Bundle;
using Supervision.Rules.Diagnostics;

namespace Supervision.Tests.Analysis;

/// <summary>
/// Laws of the analysis, checked against brute force on random small tables (seeded, so reproducible): the gaps are
/// exactly the inputs no row matches, disjoint; overlap and inclusion agree with the inputs rows match; a row is
/// masked exactly when the other rows match all its inputs.
/// </summary>
public sealed class TableAlgebraPropertyTests
{
    private static readonly string[] Letters = ["a", "b", "c", "d"];

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 40)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void RandomTables_AgreeWithBruteForce(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 10; round++)
        {
            var columns = Enumerable.Range(0, random.Next(1, 4)).Select(i => RandomColumn(random, i)).ToList();
            var boxes = Enumerable.Range(0, random.Next(0, 8))
                .Select(r => new Box(Row(r), [.. columns.Select(c => c.Cell(RandomCell(random, c)))]))
                .Where(b => b.EmptyColumn() < 0)
                .ToList();
            var points = Points(columns);
            bool Matches(Box box, object[] p) => columns.All(c => Contains(box.Cells[c.Index], p[c.Index]));

            var gaps = GapFinder.Find([.. columns.Select(c => c.Domain)], [.. boxes.Select(b => b.Cells)], keep: int.MaxValue).Listed;
            foreach (var point in points)
            {
                var covered = boxes.Any(b => Matches(b, point));
                var inGaps = gaps.Count(g => columns.All(c => Contains(g[c.Index], point[c.Index])));
                Assert.Equal(covered ? 0 : 1, inGaps);
            }

            foreach (var a in boxes)
            {
                foreach (var b in boxes)
                {
                    var aPoints = points.Where(p => Matches(a, p)).ToList();
                    Assert.Equal(aPoints.Any(p => Matches(b, p)), a.Overlaps(b));
                    Assert.Equal(aPoints.All(p => Matches(b, p)), a.IsInside(b));
                }

                var others = boxes.Where(b => b != a).ToList();
                var masked = points.Where(p => Matches(a, p)).All(p => others.Any(o => Matches(o, p)));
                Assert.Equal(masked, Uncovered.Of(columns, others).Masks(a, others));
                Assert.Equal(masked, GapFinder.Covers(a.Cells, [.. others.Select(o => o.Cells)]));
            }
        }
    }

    private static Column RandomColumn(Random random, int index) => random.Next(3) switch
    {
        0 => new Column($"n{index}", index, NumericSet.Of(0, true, 10, random.Next(2) == 0, integer: false), true, new SourceLocation("t", 1, 1)),
        1 => new Column($"i{index}", index, NumericSet.Of(0, true, 9, true, integer: true), true, new SourceLocation("t", 1, 1)),
        _ => new Column($"e{index}", index, ValueSet.Of(Letters), true, new SourceLocation("t", 1, 1)),
    };

    private static CellTest RandomCell(Random random, Column column)
    {
        if (random.Next(5) == 0)
        {
            return new AnyCell { Text = "-" };
        }

        if (column.Domain is ValueSet)
        {
            var values = Letters.Where(_ => random.Next(2) == 0).DefaultIfEmpty("a").ToList();
            return new ValueSetCell(values, random.Next(3) == 0) { Text = "x" };
        }

        double Bound() => random.Next(8) switch
        {
            0 => double.NegativeInfinity,
            1 => double.PositiveInfinity,
            _ => random.Next(0, 23) / 2.0 - 0.5,
        };
        var (low, high) = (Bound(), Bound());
        if (low > high)
        {
            (low, high) = (high, low);
        }

        return new IntervalCell(low, random.Next(2) == 0, high, random.Next(2) == 0) { Text = "x" };
    }

    /// <summary>Every input that tells the pieces apart: integers, or half-steps between the integer bounds, or letters.</summary>
    private static List<object[]> Points(List<Column> columns)
    {
        IEnumerable<object[]> points = [[]];
        foreach (var column in columns)
        {
            var values = column.Domain switch
            {
                ValueSet v => v.Values.Cast<object>().ToList(),
                NumericSet { Integer: true } n => Enumerable.Range(-2, 14).Select(i => (object)(double)i).Where(p => n.Contains((double)p)).ToList(),
                NumericSet n => Enumerable.Range(-4, 50).Select(i => (object)(i / 4.0)).Where(p => n.Contains((double)p)).ToList(),
                _ => [],
            };
            points = points.SelectMany(p => values.Select(v => (object[])[.. p, v])).ToList();
        }

        return [.. points];
    }

    private static bool Contains(CellSet set, object value) => set switch
    {
        NumericSet n => n.Contains((double)value),
        ValueSet v => v.Contains((string)value),
        _ => false,
    };

    private static TableRow Row(int index) => new($"R{index}", [], [], "b", new SourceLocation("t", index + 2, 1), Validity.Always);
}
