using Supervision.Learning.Features;

namespace Supervision.Learning.Evaluation;

/// <summary>Earlier inspections to train on, later ones to test on: a model is judged only on a period it has not seen.</summary>
/// <param name="Boundary">First test date: training rows are dated before it, test rows on or after it.</param>
/// <param name="Train">Training examples.</param>
/// <param name="Test">Test examples.</param>
public sealed record TemporalSplit(DateOnly Boundary, InspectionDataset Train, InspectionDataset Test)
{
    /// <summary>Splits at a given date.</summary>
    public static TemporalSplit At(InspectionDataset dataset, DateOnly boundary)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return new TemporalSplit(
            boundary,
            dataset.With([.. dataset.Examples.Where(e => e.Date < boundary)]),
            dataset.With([.. dataset.Examples.Where(e => e.Date >= boundary)]));
    }

    /// <summary>
    /// Splits so that about <paramref name="testShare"/> of the labelled examples are tested: the boundary is the date
    /// of the first test example, and every example of that date is tested (one day is never split).
    /// </summary>
    public static TemporalSplit Latest(InspectionDataset dataset, double testShare)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(testShare);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(testShare, 1);
        var labelled = dataset.Examples.Where(e => e.Label is not null).ToList();
        if (labelled.Count < 2)
        {
            throw new ArgumentException($"{dataset.Origin} has {labelled.Count} labelled inspections; a split needs at least two", nameof(dataset));
        }

        var first = Math.Clamp((int)Math.Round(labelled.Count * (1 - testShare)), 1, labelled.Count - 1);
        return At(dataset, labelled[first].Date);
    }
}
