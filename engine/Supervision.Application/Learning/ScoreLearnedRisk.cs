using Supervision.Data.Import;
using Supervision.Learning.Features;
using Supervision.Learning.Scoring;
using Supervision.Learning.Training;
using Supervision.Rules.Compilation;

namespace Supervision.Application.Learning;

/// <summary>
/// A saved model's learned risk: for each enterprise of a population on an as-of date (or each row of a feature table),
/// the probability that an inspection finds a violation and the features that contributed most; written as the
/// learned-risk.csv that rules may read.
/// </summary>
public static class ScoreLearnedRisk
{
    /// <summary>Scores every registered enterprise of <paramref name="population"/> on <paramref name="asOf"/>.</summary>
    /// <exception cref="ArgumentException">The model does not fit the bundle's features.</exception>
    public static IReadOnlyList<LearnedRisk> Population(RiskModel model, Population population, CompiledBundle bundle, DateOnly asOf, int reasons)
        => LearnedRiskScorer.Score(model, population, bundle, asOf, reasons);

    /// <summary>Scores the examples of a feature table read with the model's features.</summary>
    public static IReadOnlyList<LearnedRisk> Table(RiskModel model, InspectionDataset dataset, int reasons)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return LearnedRiskScorer.Score(model, dataset.Examples, reasons);
    }

    /// <summary>Writes learned-risk.csv to <paramref name="path"/>.</summary>
    public static void Write(string path, IReadOnlyList<LearnedRisk> risks) => LearnedRiskCsv.Write(path, risks);

    /// <summary>Writes a feature table's learned risk, keyed by row id with the date and a rank, to <paramref name="path"/>.</summary>
    public static void WriteTable(string path, IReadOnlyList<LearnedRisk> risks) => TableRiskCsv.Write(path, risks);
}
