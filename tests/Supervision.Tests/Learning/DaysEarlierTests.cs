using Supervision.Learning.Evaluation;

namespace Supervision.Tests.Learning;

/// <summary>Re-ordering a period's visits by predicted risk, by hand.</summary>
public sealed class DaysEarlierTests
{
    private static readonly DateOnly[] Dates = [new(2026, 1, 1), new(2026, 1, 11), new(2026, 1, 21)];
    private static readonly bool[] Labels = [false, false, true];

    [Fact]
    public void PerViolation_RiskiestVisitedLast_MovesToTheFirstDate()
    {
        var days = DaysEarlier.PerViolation(new Ranking([0.1, 0.2, 0.9], Labels), Dates);

        Assert.Equal([20.0], days);
    }

    [Fact]
    public void PerViolation_WrongOrder_IsNegativeWhenTheViolationComesLater()
    {
        var dates = new DateOnly[] { new(2026, 1, 1), new(2026, 1, 11), new(2026, 1, 21) };

        var days = DaysEarlier.PerViolation(new Ranking([0.1, 0.9, 0.5], [true, false, false]), dates);

        Assert.Equal([-20.0], days);
    }

    [Fact]
    public void PerViolation_AllTied_GivesEveryoneTheMeanDate_WhichIsTheRandomExpectation()
    {
        var days = DaysEarlier.PerViolation(new Ranking([0.5, 0.5, 0.5], Labels), Dates);

        Assert.Equal([10.0], days);
        Assert.Equal(10.0, DaysEarlier.RandomMean(Dates, Labels), 12);
    }

    [Fact]
    public void Median_EvenCount_IsTheMeanOfTheMiddleTwo()
    {
        Assert.Equal(2.5, DaysEarlier.Median([4, 1, 2, 3]));
    }

    [Fact]
    public void RandomBaseline_IsExactWhereItCanBeAndTheSameOnEveryRun()
    {
        var labels = Enumerable.Range(0, 50).Select(i => i % 5 == 0).ToArray();
        var dates = Enumerable.Range(0, 50).Select(i => new DateOnly(2026, 1, 1).AddDays(i)).ToArray();

        var first = RandomBaseline.Measure(labels, dates, 0.2);
        var second = RandomBaseline.Measure(labels, dates, 0.2);

        Assert.Equal(first, second);
        Assert.Equal(0.5, first.Auc);
        Assert.Equal(1.0, first.Lift10);
        Assert.Equal(0.16, first.Brier!.Value, 12);
        Assert.Equal(DaysEarlier.RandomMean(dates, labels), first.DaysEarlierMean);
        Assert.InRange(first.Auprc, 0.15, 0.35);
    }
}
