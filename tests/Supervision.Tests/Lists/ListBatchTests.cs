using Supervision.Application.Scoring;
using Supervision.Model.Registry;
using Supervision.Rules.Lists;
using Supervision.Tests.Support;

namespace Supervision.Tests.Lists;

/// <summary>
/// The list rules decide a batch of enterprises' listings in one session exactly as they decide each enterprise alone —
/// on data-samples a year later (expiries, repairs, escalations) — and a listing whose rules cannot be evaluated fails
/// only its own enterprise's standing, the others in the batch still decided.
/// </summary>
public sealed class ListBatchTests
{
    private static readonly DateOnly YearLater = new(2027, 11, 27);

    [Fact]
    public void Batch_OnDataSamples_DecidesEveryListingAsALoneEvaluation()
    {
        var population = new ScorePopulation(ShippedBundle.Bundle).LoadRecords(RepoPaths.DataSamples);
        var lifecycle = new ListLifecycle(ShippedBundle.Bundle);
        var records = population.Enterprises
            .Select(e => new ListRecords([.. population.CreditRecords[e.Uscc]], [.. population.ListApplications[e.Uscc]]))
            .ToList();

        var batch = lifecycle.EvaluateMany(records, YearLater);

        Assert.Equal(records.Count, batch.Count);
        Assert.Contains(batch, s => s.Listings.Any(l => l.Ending?.Action == ListAction.Escalate));
        for (var i = 0; i < records.Count; i++)
        {
            var alone = lifecycle.Evaluate(records[i].Credit, records[i].Applications, YearLater);
            Assert.Equal(Describe(alone), Describe(batch[i]));
        }
    }

    [Fact]
    public void Batch_AListingTheRulesCannotEvaluate_FailsOnlyItsEnterprise()
    {
        using var copy = new BundleCopy();
        copy.Replace("lists/lifecycle.yaml", "when: decided and corrected", "when: decided_on >= listed_on and corrected");
        var (bundle, _) = copy.Compile();
        Assert.NotNull(bundle);
        var lifecycle = new ListLifecycle(bundle);
        var undecided = new ListRecords([Listing("异-1", new(2024, 1, 10))], []);
        var decided = new ListRecords([Listing("异-2", new(2024, 1, 10))],
            [new ListApplication("", CreditRecordType.AbnormalOperation, "异-2", new(2025, 3, 1), new(2025, 3, 5), false, false, false, true, "决-2")]);

        var batch = lifecycle.EvaluateMany([undecided, decided], new(2026, 11, 27));

        Assert.NotNull(batch[0].Error);
        Assert.Null(batch[1].Error);
        Assert.Equal("L-AB-CORRECTED", batch[1].Listings.Single().Ending!.Rule.Id);
    }

    private static string Describe(ListStanding standing) => string.Join(" | ", standing.Listings.Select(l =>
        $"{l.Listing.List} {l.Listing.DocumentNo} {l.Listing.ListedOn:yyyy-MM-dd} {l.Ending?.Rule.Id} {l.EndedOn:yyyy-MM-dd} {l.Error} "
        + string.Join(',', l.Matched.Select(m => m.Rule.Id)) + " " + string.Join(',', l.Fact.Numbers) + string.Join(',', l.Fact.Texts) + " " + l.Fact.CaseId));

    private static CreditRecord Listing(string documentNo, DateOnly listedOn)
        => new("91210800MA0TEST001", CreditRecordType.AbnormalOperation, listedOn, null, null, null, documentNo, "测试");
}
