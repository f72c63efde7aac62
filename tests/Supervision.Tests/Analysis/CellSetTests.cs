using Supervision.Rules.Analysis;

namespace Supervision.Tests.Analysis;

/// <summary>The interval and value-set algebra the table analysis rests on.</summary>
public sealed class CellSetTests
{
    private static NumericSet Real(double low, bool lowClosed, double high, bool highClosed) => NumericSet.Of(low, lowClosed, high, highClosed, integer: false);

    [Fact]
    public void NumericSet_HalfOpenNeighbours_DoNotIntersect()
    {
        var orange = Real(60, true, 75, false);
        var yellow = Real(75, true, 90, false);

        Assert.True(orange.Intersect(yellow).IsEmpty);
        Assert.False(Real(60, true, 75, true).Intersect(yellow).IsEmpty);
    }

    [Fact]
    public void NumericSet_ClosedIntersection_IsThePointBetween()
    {
        var point = (NumericSet)Real(60, true, 75, true).Intersect(Real(75, true, 90, false));

        Assert.True(point.IsPoint);
        Assert.Equal(75, point.Low);
    }

    [Fact]
    public void NumericSet_Integer_NormalisesToTheIntegersItHolds()
    {
        var open = NumericSet.Of(0, false, 3, false, integer: true);

        Assert.Equal((1d, 2d, true, true), (open.Low, open.High, open.LowClosed, open.HighClosed));
        Assert.True(NumericSet.Of(0.2, true, 0.8, true, integer: true).IsEmpty);
        Assert.True(NumericSet.Of(0, false, 1, false, integer: true).IsEmpty);
    }

    [Fact]
    public void NumericSet_IsSubsetOf_RespectsOpenAndClosedBounds()
    {
        Assert.True(Real(60, false, 75, false).IsSubsetOf(Real(60, true, 75, false)));
        Assert.False(Real(60, true, 75, false).IsSubsetOf(Real(60, false, 75, false)));
        Assert.True(Real(0, true, 10, true).IsSubsetOf(NumericSet.All(integer: false)));
        Assert.True(Real(5, true, 1, true).IsSubsetOf(Real(0, true, 0, true)));
    }

    [Fact]
    public void NumericSet_Split_GivesElementaryPiecesWithTheirCoveringCells()
    {
        var domain = Real(0, true, 100, true);
        CellSet[] cells = [Real(0, true, 60, false), Real(61, true, 75, false)];

        var pieces = domain.Split(cells);

        Assert.Equal(["[0..60)", "[60..61)", "[61..75)", "[75..100]"], pieces.Select(p => p.Set.ToString()));
        Assert.Equal([[0], [], [1], []], pieces.Select(p => p.Covering.ToArray()));
    }

    [Fact]
    public void NumericSet_SplitOfAnIntegerColumn_IgnoresPiecesWithoutIntegers()
    {
        var domain = NumericSet.Of(0, true, double.PositiveInfinity, false, integer: true);
        CellSet[] cells = [NumericSet.Of(double.NegativeInfinity, false, 0, true, integer: true), NumericSet.Of(0, false, double.PositiveInfinity, false, integer: true)];

        var pieces = domain.Split(cells);

        Assert.All(pieces, p => Assert.NotEmpty(p.Covering));
    }

    [Fact]
    public void ValueSet_FiniteAndComplement_IntersectAndCompare()
    {
        var ab = ValueSet.Of(["A", "B"]);
        var notB = ValueSet.AllExcept(["B"]);

        Assert.Equal(["A"], ((ValueSet)ab.Intersect(notB)).Values);
        Assert.Equal(["A"], ((ValueSet)notB.Intersect(ab)).Values);
        Assert.True(ValueSet.Of(["A"]).IsSubsetOf(notB));
        Assert.False(notB.IsSubsetOf(ab));
        Assert.True(ValueSet.AllExcept(["A", "B"]).IsSubsetOf(notB));
        Assert.True(((ValueSet)ValueSet.AllExcept(["A"]).Intersect(notB)).Complement);
        Assert.True(ValueSet.Of(["A"]).Intersect(ValueSet.Of(["B"])).IsEmpty);
    }

    [Fact]
    public void ValueSet_Split_GroupsValuesCoveredByTheSameCells()
    {
        var classes = ValueSet.Of(["D", "C", "B", "A"]);
        CellSet[] cells = [ValueSet.Of(["A", "B"]), ValueSet.Of(["C"])];

        var pieces = classes.Split(cells);

        Assert.Equal(["{D}", "{C}", "{B, A}"], pieces.Select(p => p.Set.ToString()));
        Assert.Equal([[], [1], [0]], pieces.Select(p => p.Covering.ToArray()));
    }

    [Fact]
    public void ValueSet_SplitOfOpenText_SeparatesNamedValuesFromAllOthers()
    {
        var text = ValueSet.AllExcept([]);
        CellSet[] cells = [ValueSet.Of(["综合保税区"]), ValueSet.AllExcept(["综合保税区"])];

        var pieces = text.Split(cells);

        Assert.Equal(2, pieces.Count);
        Assert.Equal([0], pieces[0].Covering);
        Assert.Equal([1], pieces[1].Covering);
    }

    [Fact]
    public void GapFinder_Matrix_FindsTheMissingCombinationOnly()
    {
        var levels = ValueSet.Of(["红", "橙"]);
        var classes = ValueSet.Of(["C", "D"]);
        IReadOnlyList<CellSet>[] rows =
        [
            [ValueSet.Of(["红"]), classes],
            [ValueSet.Of(["橙"]), ValueSet.Of(["C"])],
        ];

        var result = GapFinder.Find([levels, classes], rows, keep: 10);

        var gap = Assert.Single(result.Listed);
        Assert.Equal(1, result.Total);
        Assert.Equal("{橙}", gap[0].ToString());
        Assert.Equal("{D}", gap[1].ToString());
    }

    [Fact]
    public void GapFinder_Covers_UsesTheUnionOfSeveralBoxes()
    {
        var region = new CellSet[] { Real(0, true, 10, false) };
        IReadOnlyList<CellSet>[] halves = [[Real(0, true, 5, false)], [Real(5, true, 10, true)]];

        Assert.True(GapFinder.Covers(region, halves));
        Assert.False(GapFinder.Covers(region, [halves[0]]));
    }

    [Fact]
    public void GapFinder_EmptyTable_IsOneGapOverTheWholeDomain()
    {
        var result = GapFinder.Find([ValueSet.Of(["A", "B"])], [], keep: 10);

        Assert.Equal(1, result.Total);
        Assert.Equal("{A, B}", Assert.Single(result.Listed)[0].ToString());
    }
}
