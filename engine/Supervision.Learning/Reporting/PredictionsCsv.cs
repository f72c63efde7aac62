using System.Globalization;
using Supervision.Data.Import;
using Supervision.Learning.Evaluation;

namespace Supervision.Learning.Reporting;

/// <summary>
/// predictions.csv of an evaluation: one line per test inspection (row id, entity, date, label, the baseline score) and,
/// for each learner, its probability and its rank among the test rows (1 = inspected first), so that anyone can
/// recompute every metric of the report from the rows themselves.
/// </summary>
public static class PredictionsCsv
{
    public const string FileName = "predictions.csv";

    public static void Write(string path, EvaluationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var test = result.Test;
        var ranks = result.Models.Select(m => Ranks(m.Probabilities)).ToList();
        var headers = new List<string> { "row_id", "entity_id", "inspection_date", "label", "baseline_score" };
        foreach (var model in result.Models)
        {
            var name = Column(model.Metrics.Scorer);
            headers.Add(name + "_probability");
            headers.Add(name + "_rank");
        }

        SafeCsvWriter.Write(path, headers, test.Select((e, i) =>
        {
            var cells = new List<string?>
            {
                e.RowId ?? $"{e.EnterpriseId}@{e.Date:yyyy-MM-dd}", e.EnterpriseId, e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                e.Label is { } label ? (label ? "1" : "0") : null, e.RuleScore is { } score ? EvaluationCsv.F(score) : null,
            };
            for (var m = 0; m < result.Models.Count; m++)
            {
                cells.Add(result.Models[m].Probabilities[i].ToString("0.########", CultureInfo.InvariantCulture));
                cells.Add(ranks[m][i].ToString(CultureInfo.InvariantCulture));
            }

            return (IReadOnlyList<string?>)cells;
        }), numbersAsIs: true);
    }

    /// <summary>
    /// 1 for the highest score; equal scores share the rank of the first of them (1, 2, 2, 4), since the report's
    /// metrics treat a tie as an unknown order rather than breaking it by row.
    /// </summary>
    public static int[] Ranks(IReadOnlyList<double> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var order = Enumerable.Range(0, scores.Count).OrderByDescending(i => scores[i]).ToArray();
        var ranks = new int[scores.Count];
        for (var r = 0; r < order.Length; r++)
        {
            ranks[order[r]] = r > 0 && scores[order[r]] == scores[order[r - 1]] ? ranks[order[r - 1]] : r + 1;
        }

        return ranks;
    }

    /// <summary>"model (fasttree)" → "fasttree".</summary>
    private static string Column(string scorer)
    {
        var open = scorer.IndexOf('(', StringComparison.Ordinal);
        return open >= 0 ? scorer[(open + 1)..].TrimEnd(')') : scorer.Replace(' ', '_');
    }
}
