using Supervision.Application.Reports;

namespace Supervision.Tests.Reports;

/// <summary>The intervals and the ranking measure against published values.</summary>
public sealed class ReportStatisticsTests
{
    [Theory]
    [InlineData(0, 10, 0.0, 0.2775)]      // Wilson's interval never leaves [0, 1]: 0 of 10 is not "0 % ± 0"
    [InlineData(5, 10, 0.2366, 0.7634)]
    [InlineData(81, 263, 0.2553, 0.3662)] // Newcombe (1998), Statistics in Medicine 17:857, table II: 81/263
    public void Wilson_MatchesPublishedIntervals(long hits, long trials, double low, double high)
    {
        var interval = new Proportion(hits, trials).Interval!.Value;

        Assert.Equal(low, interval.Low, 4);
        Assert.Equal(high, interval.High, 4);
    }

    [Fact]
    public void Newcombe_DifferenceOfTwoRates_MatchesThePaper()
    {
        // Newcombe (1998), Statistics in Medicine 17:873, example (a): 56/70 − 48/80 = 0.2000, method 10: 0.0524 to 0.3339.
        var difference = new Proportion(56, 70).Minus(new Proportion(48, 80))!.Value;

        Assert.Equal(0.2, difference.Difference, 10);
        Assert.Equal(0.0524, difference.Low, 4);
        Assert.Equal(0.3339, difference.High, 4);
    }

    [Fact]
    public void NoTrial_HasNoRateNoIntervalNoDifference()
    {
        var none = new Proportion(0, 0);

        Assert.Null(none.Rate);
        Assert.Null(none.Interval);
        Assert.Null(new Proportion(1, 2).Minus(none));
        Assert.Equal(new Proportion(3, 7), new Proportion(1, 2) + new Proportion(2, 5));
    }

    [Fact]
    public void Auc_PerfectReversedTiedAndOneSided()
    {
        var perfect = RankingQuality.Of([1, 2, 3, 4], [false, false, true, true]);
        var reversed = RankingQuality.Of([4, 3, 2, 1], [false, false, true, true]);
        var tied = RankingQuality.Of([1, 1, 1, 1], [true, false, true, false]);
        var half = RankingQuality.Of([1, 2, 2, 3], [false, true, false, true]); // pairs: (2>1) (2=2 half) (3>1) (3>2) = 3.5 of 4
        var oneSided = RankingQuality.Of([1, 2], [true, true]);

        Assert.Equal(1.0, perfect.Auc);
        Assert.Equal(0.0, reversed.Auc);
        Assert.Equal(0.5, tied.Auc);
        Assert.Equal(0.875, half.Auc);
        Assert.InRange(half.Auc!.Value, half.Low, half.High);
        Assert.Null(oneSided.Auc);
        Assert.Equal((2L, 0L), (oneSided.Positives, oneSided.Negatives));
    }

    [Fact]
    public void Auc_HanleyMcNeilStandardError_OfFiftyAgainstFifty()
    {
        // Positives at 0..49, negatives at -18.5..30.5: each positive i outranks min(50, i + 19) negatives, 2004 of the
        // 2500 pairs, so A = 0.8016; Hanley & McNeil's formula gives SE = 0.04435 for A = 0.8016 and 50/50 cases.
        var scores = new List<double>();
        var outcomes = new List<bool>();
        for (var i = 0; i < 50; i++)
        {
            scores.Add(i);
            outcomes.Add(true);
            scores.Add(i - 18.5);
            outcomes.Add(false);
        }

        var quality = RankingQuality.Of(scores, outcomes);

        Assert.Equal(0.8016, quality.Auc!.Value, 10);
        Assert.Equal(0.04435, (quality.High - quality.Low) / (2 * Proportion.Z95), 5);
    }
}
