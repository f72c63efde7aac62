using Supervision.Learning.Evaluation;
using Supervision.Learning.Features;

namespace Supervision.Learning.Training;

/// <summary>
/// Inner temporal validation: the latest <see cref="ValidationShare"/> of the training rows (by date, one day never
/// split) is the validation period; each candidate is fitted on the earlier rows and ranked by its AUC there; the
/// caller then refits the chosen one on every training row. Only the rows it is given are read, so a test period
/// that is not passed in cannot influence the choice.
/// </summary>
public static class ModelSelection
{
    public const double ValidationShare = 0.25;
    public const string Criterion = "validation AUC (latest 25 % of the training rows); ties go to the earlier, simpler candidate";

    /// <summary>The chosen options and the record of the choice; with one candidate, or too little data to validate, the first usable one without a record.</summary>
    public static (TrainingOptions Options, SelectionResult? Selection) Choose(InspectionDataset training, IReadOnlyList<TrainingOptions> candidates)
    {
        ArgumentNullException.ThrowIfNull(training);
        ArgumentNullException.ThrowIfNull(candidates);
        var usable = candidates.Where(c => FeatureSlots.Of(training.FeatureNames, c.Features) is not { Length: 0 }).ToList();
        if (usable.Count == 0)
        {
            throw new ArgumentException($"no candidate can be trained on the features of {training.Origin}", nameof(candidates));
        }

        var labelled = training.With([.. training.Examples.Where(e => e.Label is not null)]);
        if (usable.Count == 1 || !CanValidate(labelled))
        {
            return (usable[0], null);
        }

        var split = TemporalSplit.Latest(labelled, ValidationShare);
        var validation = split.Test.Examples;
        var labels = validation.Select(e => e.Label!.Value).ToArray();
        var scores = new List<CandidateScore>();
        foreach (var candidate in usable)
        {
            var model = RiskModelTrainer.Train(split.Train, candidate);
            var ranking = new Ranking([.. model.Predict(validation).Select(p => (double)p)], labels);
            scores.Add(new CandidateScore(candidate.Describe(), candidate.Parameters(), RankingMetrics.Auc(ranking), RankingMetrics.AveragePrecision(ranking)));
        }

        // Strictly greater: a tie keeps the earlier candidate, which the grid orders simplest first.
        var chosen = 0;
        for (var i = 1; i < scores.Count; i++)
        {
            if (scores[i].Auc > scores[chosen].Auc)
            {
                chosen = i;
            }
        }

        double? rule = validation.Any(e => e.RuleScore is not null)
            ? RankingMetrics.Auc(new Ranking([.. validation.Select(e => e.RuleScore ?? double.NaN)], labels))
            : null;
        var selection = new SelectionResult(Criterion, split.Boundary, split.Train.Examples.Count, validation.Count, labels.Count(l => l), rule, chosen, scores);
        return (usable[chosen], selection);
    }

    /// <summary>Both periods need violations and clean inspections, and the fit period enough of them for its own calibration hold-out.</summary>
    private static bool CanValidate(InspectionDataset labelled)
    {
        if (labelled.Examples.Count < 20)
        {
            return false;
        }

        var split = TemporalSplit.Latest(labelled, ValidationShare);
        return HasBoth(split.Train.Examples) && HasBoth(split.Test.Examples);
    }

    private static bool HasBoth(IReadOnlyList<InspectionExample> examples)
        => examples.Any(e => e.Label == true) && examples.Any(e => e.Label == false);
}
