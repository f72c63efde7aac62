using System.Globalization;
using System.Text;
using Supervision.Learning.Evaluation;
using Supervision.Learning.Features;
using static Supervision.Learning.Reporting.Svg;

namespace Supervision.Learning.Reporting;

/// <summary>The evaluation as one self-contained HTML page: the comparison table, gains and reliability charts, importance.</summary>
public static class EvaluationHtml
{
    public static string Render(EvaluationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>Learned violation risk — evaluation</title>")
            .Append("<style>body{font-family:sans-serif;max-width:1000px;margin:2em auto}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}th:first-child,td:first-child{text-align:left}</style></head><body>")
            .Append("<h1>Learned violation risk — temporal evaluation</h1>")
            .Append(CultureInfo.InvariantCulture, $"<p>{E(result.Origin)} · {result.Features} features · trained on {result.TrainRows:N0} inspections before {result.Boundary:yyyy-MM-dd} ({result.TrainPositives:N0} with a violation) · tested on the {result.Random.Rows:N0} inspections from {result.Boundary:yyyy-MM-dd} on ({result.Random.Positives:N0} with a violation).</p>")
            .Append("<h2>Comparison on the test period</h2><table><tr><th>scorer</th><th>AUC</th><th>AUPRC</th><th>Brier</th><th>lift top 10 %</th><th>lift top 20 %</th><th>days earlier (mean)</th><th>days earlier (median)</th></tr>");
        foreach (var m in result.AllMetrics)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{E(m.Scorer)}</td><td>{m.Auc:0.000}</td><td>{m.Auprc:0.000}</td><td>{(m.Brier is { } b ? b.ToString("0.0000", CultureInfo.InvariantCulture) : "—")}</td><td>{m.Lift10:0.00}</td><td>{m.Lift20:0.00}</td><td>{m.DaysEarlierMean:0.0}</td><td>{m.DaysEarlierMedian:0.0}</td></tr>");
        }

        html.Append("</table>");
        var baseline = result.Rule?.Scorer ?? InspectionDataset.DefaultBaseline;
        var rules = baseline == InspectionDataset.DefaultBaseline ? "the rules" : "the baseline";
        foreach (var model in result.Models.Where(m => m.VersusRule is not null))
        {
            var d = model.VersusRule!;
            html.Append(CultureInfo.InvariantCulture,
                $"<p>{E(model.Metrics.Scorer)} − {E(baseline)}, AUC: {d.Difference:+0.000;−0.000} (95 % paired bootstrap interval {d.Low:+0.000;−0.000} … {d.High:+0.000;−0.000}, {PairedBootstrap.Resamples} resamples, seed {PairedBootstrap.Seed}){(d.Low > 0 ? $" — better than {rules}" : d.High < 0 ? $" — worse than {rules}" : $" — not distinguishable from {rules} on this test period")}.</p>");
        }

        html.Append("<p>Random order: AUC, lift and mean days earlier are exact expectations; AUPRC and the median are averages over ")
            .Append(CultureInfo.InvariantCulture, $"{RandomBaseline.Permutations} seeded shuffles (seed {RandomBaseline.Seed}); its Brier score is that of the training violation rate given to every inspection. ")
            .Append("Days earlier: the period's visit dates re-assigned in order of predicted risk; tied inspections share their dates' mean. ")
            .Append(baseline == InspectionDataset.DefaultBaseline
                ? "The rule score is the inspection ratio the rules assign, ties broken by points lost; it is not a probability, so it has no Brier score.</p>"
                : $"The {E(baseline)} is the table's own score, compared as a ranking; it has no Brier score.</p>");
        html.Append(Lines("Gains: share of violations found", "share of the period's inspections, riskiest first", "violations found",
            [.. result.Gains.Select(g => (g.Key, (IReadOnlyList<(double, double)>)[.. g.Value.Select((y, i) => (i / 20.0, y))]))]));
        var top = Math.Max(0.05, result.Models.SelectMany(m => m.Deciles).Select(d => Math.Max(d.MeanPredicted, d.ObservedRate)).DefaultIfEmpty(0).Max());
        html.Append(Lines($"Reliability by decile (axes scaled to {top:0.##})", "mean predicted probability", "observed violation rate",
            [.. result.Models.Select(m => (m.Metrics.Scorer, (IReadOnlyList<(double, double)>)[.. m.Deciles.Select(d => (d.MeanPredicted / top, d.ObservedRate / top))])),
             ("perfect calibration", [(0, 0), (1, 1)])]));
        foreach (var model in result.Models)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2>{E(model.Metrics.Scorer)} · {E(model.ModelId)} · {E(model.Configuration)} · selected and trained in {model.TrainingSeconds:0.00} s</h2>");
            SelectionTable(html, model.Selection, baseline);
            html.Append("<table><tr><th>decile</th><th>inspections</th><th>mean predicted</th><th>observed rate</th></tr>");
            foreach (var d in model.Deciles)
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><td>{d.Decile}</td><td>{d.Count}</td><td>{d.MeanPredicted:0.000}</td><td>{d.ObservedRate:0.000}</td></tr>");
            }

            html.Append("</table>");
            if (model.Importance.Count > 0)
            {
                html.Append(Bars("Global importance: mean |contribution| on the test period (top 15)", [.. model.Importance.Take(15).Select(c => (c.Feature, c.Value))]));
            }
            else
            {
                html.Append(CultureInfo.InvariantCulture, $"<p>{E(model.Configuration)}: see its members' importance.</p>");
            }
        }

        return html.Append("</body></html>").ToString();
    }

    private static void SelectionTable(StringBuilder html, Training.SelectionResult? selection, string baseline)
    {
        if (selection is null)
        {
            return;
        }

        html.Append(CultureInfo.InvariantCulture, $"<p>Chosen by {E(selection.Criterion)}: for each of {selection.PeriodsFrom.Count} validation periods (from {string.Join(", ", selection.PeriodsFrom.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))}) candidates fitted on every training inspection before it and measured on it ({selection.ValidationRows:N0} inspections from {selection.ValidationFrom:yyyy-MM-dd} to the end of the training period, {selection.ValidationPositives:N0} with a violation{(selection.RuleScoreAuc is { } r ? string.Create(CultureInfo.InvariantCulture, $"; {E(baseline)} mean AUC there {r:0.000}") : "")}), then the chosen one refitted on the whole training period. The test period played no part.</p>")
            .Append("<table><tr><th>candidate</th><th>validation AUC</th><th>validation AUPRC</th></tr>");
        for (var i = 0; i < selection.Candidates.Count; i++)
        {
            var c = selection.Candidates[i];
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{(i == selection.Chosen ? "<b>" + E(c.Candidate) + "</b> (chosen)" : E(c.Candidate))}</td><td>{c.Auc:0.000}</td><td>{c.Auprc:0.000}</td></tr>");
        }

        html.Append("</table>");
    }
}
