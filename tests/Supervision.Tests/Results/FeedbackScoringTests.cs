using Supervision.Data.Import;
using Supervision.Data.Results;
using Supervision.Data.Scoring;
using Supervision.Rules.Scoring;
using Supervision.Tests.Import;
using Supervision.Tests.Support;

namespace Supervision.Tests.Results;

/// <summary>Decided results flow into the next scoring: penalised findings lower the credit score, tolerated ones count as the list says.</summary>
public sealed class FeedbackScoringTests
{
    private static Assessment Score(string dataDirectory, string uscc)
    {
        var bundle = ShippedBundle.Bundle;
        var builder = new FactBuilder(bundle);
        var population = PopulationLoader.Load(dataDirectory, builder.SafetyColumns);
        var enterprise = population.Enterprises.Single(e => e.Uscc == uscc);
        var input = builder.Build(enterprise, population.Indicators.GetValueOrDefault(uscc), population.CreditRecords[uscc],
            population.Inspections[uscc], SampleResults.DecidedOn);
        return new ScoringEngine(bundle).Score([input], SampleResults.DecidedOn).Single();
    }

    private static List<string> Fired(Assessment assessment) => [.. assessment.Outcome.Hits.Select(i => ShippedBundle.Bundle.Elements[i].Id)];

    [Fact]
    public void NextScoring_PenalisedRepeatViolation_CreditRulesFire()
    {
        using var directory = new TempDirectory();
        SampleResults.Decide(directory.Path);
        const string uscc = "91210800MAWQ253F5G";

        var before = Score(RepoPaths.DataSamples, uscc);
        var after = Score(Path.Combine(directory.Path, FeedbackWriter.NextData), uscc);

        Assert.DoesNotContain("C-DED-PENALTY-12M", Fired(before));
        Assert.Contains("C-DED-PENALTY-12M", Fired(after));
        Assert.Contains("C-DED-VIOLATION", Fired(after));
        Assert.Equal(before.Outcome.CreditScore - 15, after.Outcome.CreditScore);
        Assert.Equal(("B", "III"), (before.Outcome.CreditClass, before.Outcome.Category));
        Assert.Equal(("C", "II"), (after.Outcome.CreditClass, after.Outcome.Category));
    }

    [Fact]
    public void NextScoring_ToleratedFindingThatDoesNotCount_NoChange()
    {
        using var directory = new TempDirectory();
        SampleResults.Decide(directory.Path);
        const string uscc = "91210804MA4CK9DK54";

        var before = Score(RepoPaths.DataSamples, uscc);
        var after = Score(Path.Combine(directory.Path, FeedbackWriter.NextData), uscc);

        Assert.Equal(before.Outcome.CreditScore, after.Outcome.CreditScore);
        Assert.Equal(Fired(before), Fired(after));
    }

    [Fact]
    public void NextData_AllFilesImportCleanly()
    {
        using var directory = new TempDirectory();
        SampleResults.Decide(directory.Path);

        var population = PopulationLoader.Load(Path.Combine(directory.Path, FeedbackWriter.NextData), new FactBuilder(ShippedBundle.Bundle).SafetyColumns);

        Assert.All(population.Reports, r => Assert.Equal(0, r.Rejected));
    }

    [Fact]
    public void NextScoring_HiddenHazardLeftUnrectified_SafetyRuleChanges()
    {
        using var directory = new TempDirectory();
        var summary = SampleResults.Decide(directory.Path);
        const string uscc = "91210804MA5Y6E040F";

        var before = Score(RepoPaths.DataSamples, uscc);
        var after = Score(Path.Combine(directory.Path, FeedbackWriter.NextData), uscc);

        Assert.Equal(1, summary.HazardEnterprises);
        Assert.Contains("S-DED-GENERAL-HIDDEN-5", Fired(before));
        Assert.Contains("S-DED-GENERAL-HIDDEN-10", Fired(after));
        Assert.Equal(before.Outcome.SafetyScore - 5, after.Outcome.SafetyScore);
    }
}
