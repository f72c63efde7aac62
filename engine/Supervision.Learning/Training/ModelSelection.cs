using Supervision.Learning.Evaluation;
using Supervision.Learning.Features;

namespace Supervision.Learning.Training;

/// <summary>
/// Rolling-origin validation inside the training rows: the latest <see cref="ValidationShare"/> of them (by date, one
/// day never split) is cut into <see cref="Folds"/> consecutive periods; for each period every candidate is fitted on
/// all the rows before it and measured on it, and the candidate with the best mean AUC over the periods is chosen. The
/// caller then refits it on every training row. A candidate with early stopping stops on each period's rows and is
/// refitted with the median number of trees it kept. Only the rows it is given are read, so a test period that is not
/// passed in cannot influence the choice.
/// </summary>
public static class ModelSelection
{
    public const double ValidationShare = 0.3;
    public const int Folds = 3;
    public const string Criterion = "mean AUC over 3 rolling-origin validation periods (the latest 30 % of the training rows in three consecutive periods, "
        + "each candidate fitted on every row before each period); ties go to the earlier, simpler candidate";

    /// <summary>The chosen options and the record of the choice; with one candidate, or too little data to validate, the first usable one without a record.</summary>
    /// <param name="training">The rows it may learn from.</param>
    /// <param name="candidates">The grid, simplest first.</param>
    /// <param name="parallelism">How many fits run at once (default: one per core); the choice is the same for any value.</param>
    public static (TrainingOptions Options, SelectionResult? Selection) Choose(InspectionDataset training, IReadOnlyList<TrainingOptions> candidates, int? parallelism = null)
    {
        ArgumentNullException.ThrowIfNull(training);
        ArgumentNullException.ThrowIfNull(candidates);
        var usable = candidates.Where(c => FeatureSlots.Of(training.FeatureNames, c.Features) is not { Length: 0 }).ToList();
        if (usable.Count == 0)
        {
            throw new ArgumentException($"no candidate can be trained on the features of {training.Origin}", nameof(candidates));
        }

        var degree = Math.Max(1, parallelism ?? Environment.ProcessorCount);
        var labelled = training.With([.. training.Examples.Where(e => e.Label is not null)]);
        var folds = labelled.Examples.Count < 20 ? [] : Periods(labelled);
        if ((usable.Count == 1 && usable[0].EarlyStoppingRounds is null) || folds.Count == 0)
        {
            return (usable[0], null);
        }

        // Every (candidate, period) fit is independent, seeded and single-threaded, so they run side by side on the
        // machine's cores and each result lands in its own slot: the outcome does not depend on the parallelism.
        var results = new (double Auc, double Auprc, int Trees)[usable.Count, folds.Count];
        Parallel.For(0, usable.Count * folds.Count, new ParallelOptions { MaxDegreeOfParallelism = degree }, job =>
        {
            var (candidate, period) = (usable[job / folds.Count], folds[job % folds.Count]);
            var labels = period.Validation.Select(e => e.Label!.Value).ToArray();
            var (model, kept) = candidate.EarlyStoppingRounds is null
                ? (RiskModelTrainer.Train(period.Fit, candidate), candidate.Trees)
                : RiskModelTrainer.TrainStopping(period.Fit, period.Validation, candidate);
            var ranking = new Ranking([.. model.Predict(period.Validation).Select(p => (double)p)], labels);
            results[job / folds.Count, job % folds.Count] = (RankingMetrics.Auc(ranking), RankingMetrics.AveragePrecision(ranking), kept);
        });

        var scores = new List<CandidateScore>();
        var refits = new List<TrainingOptions>();
        for (var c = 0; c < usable.Count; c++)
        {
            var candidate = usable[c];
            var periods = Enumerable.Range(0, folds.Count).Select(f => results[c, f]).ToList();

            // The refit has no validation rows to stop on: it grows the median number of trees the periods kept.
            var refit = candidate.EarlyStoppingRounds is null ? candidate : candidate with { Trees = Math.Max(1, Median([.. periods.Select(r => r.Trees)])) };
            refits.Add(refit);
            scores.Add(new CandidateScore(candidate.Describe(), refit.Parameters(), periods.Average(r => r.Auc), periods.Average(r => r.Auprc))
            {
                PeriodAucs = [.. periods.Select(r => r.Auc)],
            });
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

        var ruleAucs = folds.Where(f => f.Validation.Any(e => e.RuleScore is not null))
            .Select(f => RankingMetrics.Auc(new Ranking([.. f.Validation.Select(e => e.RuleScore ?? double.NaN)], [.. f.Validation.Select(e => e.Label!.Value)])))
            .ToList();
        var validationRows = folds.Sum(f => f.Validation.Count);
        var selection = new SelectionResult(Criterion, folds[0].Validation[0].Date, folds[0].Fit.Examples.Count, validationRows,
            folds.Sum(f => f.Validation.Count(e => e.Label == true)), ruleAucs.Count == folds.Count ? ruleAucs.Average() : null, chosen, scores)
        {
            PeriodsFrom = [.. folds.Select(f => f.Validation[0].Date)],
        };
        return (refits[chosen], selection);
    }

    /// <summary>
    /// The validation periods: consecutive slices of the latest <see cref="ValidationShare"/> of the rows, each with the
    /// rows before it to fit on; a period without both a violation and a clean inspection (in it and before it) is left out.
    /// </summary>
    private static List<(InspectionDataset Fit, IReadOnlyList<InspectionExample> Validation)> Periods(InspectionDataset labelled)
    {
        var bounds = Enumerable.Range(0, Folds)
            .Select(k => TemporalSplit.Latest(labelled, ValidationShare * (Folds - k) / Folds).Boundary)
            .Append(DateOnly.MaxValue)
            .Distinct()
            .ToList();
        var periods = new List<(InspectionDataset, IReadOnlyList<InspectionExample>)>();
        for (var k = 0; k + 1 < bounds.Count; k++)
        {
            var (from, to) = (bounds[k], bounds[k + 1]);
            var fit = labelled.With([.. labelled.Examples.Where(e => e.Date < from)]);
            var validation = labelled.Examples.Where(e => e.Date >= from && e.Date < to).ToList();
            if (HasBoth(fit.Examples) && HasBoth(validation) && fit.Examples.Count >= 10)
            {
                periods.Add((fit, validation));
            }
        }

        return periods;
    }

    private static int Median(IReadOnlyList<int> values)
    {
        var sorted = values.Order().ToList();
        return sorted[(sorted.Count - 1) / 2];
    }

    private static bool HasBoth(IReadOnlyList<InspectionExample> examples)
        => examples.Any(e => e.Label == true) && examples.Any(e => e.Label == false);
}
