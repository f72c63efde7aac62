using Supervision.Application.Scoring;
using Supervision.Data.Import;
using Supervision.Learning.Features;
using Supervision.Learning.Tables;
using Supervision.Rules.Compilation;

namespace Supervision.Application.Learning;

/// <summary>What the learning use cases learn from: the inspection history of a data directory, or a ready feature table.</summary>
public static class LearningData
{
    /// <summary>
    /// One example per past inspection of a population imported by <see cref="Records"/>, its features as of the day before
    /// it, its rule score under <paramref name="bundle"/>.
    /// </summary>
    public static InspectionDataset FromHistory(Population population, CompiledBundle bundle, string dataDirectory)
        => HistoryDataset.Build(population, bundle, $"inspection history of {Path.GetFileName(Path.GetFullPath(dataDirectory))}");

    /// <summary>The records a model learns from and scores: everything but a model's own last output (the learned risk).</summary>
    public static Population Records(string dataDirectory, CompiledBundle bundle) => new ScorePopulation(bundle).LoadRecords(dataDirectory);

    /// <summary>The examples of a feature table, its import report, what each column became, or why it is refused.</summary>
    /// <param name="path">The table.</param>
    /// <param name="roles">What its columns are (id, entity, date, label, baseline, ignored, categorical).</param>
    /// <param name="requireLabel">False when scoring: the table need not say what the inspections found.</param>
    /// <param name="features">The features a model expects, in its order; null to take the table's.</param>
    public static FeatureTable FromTable(string path, TableRoles roles, bool requireLabel = true, IReadOnlyList<string>? features = null)
        => FeatureTableReader.Read(path, roles, requireLabel, features);
}
