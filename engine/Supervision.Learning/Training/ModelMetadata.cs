using Supervision.Learning.Evaluation;

namespace Supervision.Learning.Training;

/// <summary>What a saved model carries beside its weights, so that anyone can tell what it was trained on and how well it did.</summary>
/// <param name="ModelId">Trainer and the start of the data hash, e.g. fasttree-3f2a9c1b07de; written next to every score.</param>
/// <param name="Trainer">sdca or fasttree.</param>
/// <param name="Parameters">Every learner setting, seed included.</param>
/// <param name="Features">Feature names in vector order (see <see cref="Features.FeatureSpec.Name"/>).</param>
/// <param name="Origin">Where the training rows came from.</param>
/// <param name="BundleHash">Content hash of the rule bundle whose schema defined the features; null for a feature table.</param>
/// <param name="DataHash">SHA-256 of the training rows (ids, dates, labels, feature values).</param>
/// <param name="Rows">Training rows.</param>
/// <param name="Positives">Training rows with a violation.</param>
/// <param name="FirstDate">Earliest inspection trained on.</param>
/// <param name="LastDate">Latest inspection trained on.</param>
/// <param name="Packages">Versions of the runtime and the ML.NET packages.</param>
/// <param name="Holdout">Metrics on the later inspections of a temporal split, from a model trained on the earlier ones; null when not measured.</param>
/// <param name="Selection">How the configuration was chosen (inner temporal validation, every candidate's metrics); null when it was given.</param>
public sealed record ModelMetadata(
    string ModelId,
    string Trainer,
    IReadOnlyDictionary<string, string> Parameters,
    IReadOnlyList<string> Features,
    string Origin,
    string? BundleHash,
    string DataHash,
    int Rows,
    int Positives,
    DateOnly FirstDate,
    DateOnly LastDate,
    IReadOnlyDictionary<string, string> Packages,
    ScorerMetrics? Holdout,
    SelectionResult? Selection = null);
