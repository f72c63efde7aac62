using Supervision.Learning.Evaluation;

namespace Supervision.Tests.Learning;

/// <summary>The bootstrap interval of an AUC difference.</summary>
public sealed class PairedBootstrapTests
{
    private static readonly bool[] Labels = [.. Enumerable.Range(0, 200).Select(i => i % 4 == 0)];

    [Fact]
    public void Auc_SameScores_IsZeroWithAZeroInterval()
    {
        var scores = Enumerable.Range(0, 200).Select(i => (double)(i % 7)).ToArray();

        var difference = PairedBootstrap.Auc(scores, scores, Labels);

        Assert.Equal(new AucDifference(0, 0, 0), difference);
    }

    [Fact]
    public void Auc_PerfectAgainstUninformative_IsPositiveWithAPositiveIntervalAndReproducible()
    {
        var perfect = Labels.Select(l => l ? 1.0 : 0.0).ToArray();
        var flat = Labels.Select(_ => 0.5).ToArray();

        var first = PairedBootstrap.Auc(perfect, flat, Labels);
        var second = PairedBootstrap.Auc(perfect, flat, Labels);

        Assert.Equal(0.5, first.Difference, 12);
        Assert.True(first.Low > 0.4);
        Assert.Equal(first, second);
    }
}
