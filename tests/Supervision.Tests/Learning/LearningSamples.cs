using Supervision.Data.Import;
using Supervision.Data.Scoring;
using Supervision.Learning.Features;
using Supervision.Tests.Support;

namespace Supervision.Tests.Learning;

/// <summary>The inspection history of data-samples as learner examples, built once per test run.</summary>
internal static class LearningSamples
{
    private static readonly Lazy<InspectionDataset> Built = new(() =>
    {
        var bundle = ShippedBundle.Bundle;
        var population = PopulationLoader.Load(RepoPaths.DataSamples, new FactBuilder(bundle).SafetyColumns);
        return HistoryDataset.Build(population, bundle, "inspection history of data-samples");
    });

    public static InspectionDataset Dataset => Built.Value;
}
