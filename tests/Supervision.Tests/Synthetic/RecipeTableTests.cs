using Supervision.Model.Randomness;
using Supervision.Synthetic;

namespace Supervision.Tests.Synthetic;

public sealed class RecipeTableTests
{
    // Totals: 0, −5, −10, −15 from the first group, +3 from the second.
    private static readonly RecipeGroup[] Groups =
    [
        RecipeGroup.Of("a", (0, 0.7), (-5, 0.2), (-10, 0.1), (-15, 0)),
        RecipeGroup.Of("b", (0, 0.5), (3, 0.5)),
    ];

    [Fact]
    public void Sample_Band_TotalAlwaysInside()
    {
        var table = new RecipeTable(Groups, _ => true);
        var random = new SeededRandom(1);

        var totals = Enumerable.Range(0, 500).Select(_ => table.Total(table.Sample(random, -7, -2, 0.3)!)).ToHashSet();

        Assert.Equal(new HashSet<int> { -5, -2, -7 }, totals);
    }

    [Fact]
    public void Sample_FullEdgeShare_OnlyTheTotalsNearestTheEnds()
    {
        var table = new RecipeTable(Groups, _ => true);
        var random = new SeededRandom(2);

        var totals = Enumerable.Range(0, 500).Select(_ => table.Total(table.Sample(random, -9, 1, 1)!)).ToHashSet();

        Assert.Equal(new HashSet<int> { -7, 0 }, totals);
    }

    [Fact]
    public void Sample_ZeroWeightOrDisallowed_NeverDrawn()
    {
        var table = new RecipeTable(Groups, choice => !(choice[0] == 1 && choice[1] == 1));
        var random = new SeededRandom(3);

        var choices = Enumerable.Range(0, 1000).Select(_ => table.Sample(random, int.MinValue, int.MaxValue, 0)!).ToList();

        Assert.DoesNotContain(choices, c => c[0] == 3);
        Assert.DoesNotContain(choices, c => c[0] == 1 && c[1] == 1);
        Assert.InRange(choices.Count(c => c[0] == 0), 700, 850);
    }

    [Fact]
    public void Sample_UnreachableBand_Null()
    {
        var table = new RecipeTable(Groups, _ => true);

        Assert.Null(table.Sample(new SeededRandom(4), -14, -11, 0.5));
    }

    [Theory]
    [InlineData(0, 0, -10, int.MaxValue)]
    [InlineData(1, 0, -25, -11)]
    [InlineData(2, 0, -40, -26)]
    [InlineData(3, 0, int.MinValue, -41)]
    [InlineData(0, -10, 0, int.MaxValue)]
    [InlineData(2, -5, -35, -21)]
    public void PointRange_Band_MatchesDefaultCutOffs(int band, int offset, int min, int max)
    {
        Assert.Equal((min, max), ScoreBands.PointRange(band, offset));
    }

    [Theory]
    [InlineData(100, 0)]
    [InlineData(90, 0)]
    [InlineData(89, 1)]
    [InlineData(75, 1)]
    [InlineData(74, 2)]
    [InlineData(60, 2)]
    [InlineData(59, 3)]
    [InlineData(0, 3)]
    public void BandOf_Score_BandOfTheDefaultTables(int score, int band)
    {
        Assert.Equal(band, ScoreBands.BandOf(score));
    }
}
