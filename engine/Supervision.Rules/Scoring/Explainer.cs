using System.Globalization;
using System.Text;
using Supervision.Rules.Bundle;
using Supervision.Rules.Compilation;
using Supervision.Rules.Explanation;
using Supervision.Rules.Language;

namespace Supervision.Rules.Scoring;

/// <summary>
/// Answers "why is this enterprise in this category?" in plain words: every rule and table row that decided,
/// with the values it read, its legal basis and the file and line it comes from; and "why not?" for a rule, table
/// row or category (<see cref="WhyNot"/>).
/// </summary>
public sealed class Explainer(CompiledBundle bundle)
{
    private readonly ScoringEngine _engine = new(bundle, new ScoringOptions(EngineMode.Direct, Parallelism: 1));

    public string Explain(EnterpriseInput input, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(input);
        var outcome = _engine.Score([input], asOf).Single().Outcome;
        var state = _engine.Evaluate(input, asOf);
        var fact = new DecisionFact(0, 0, asOf.DayNumber, state.Numbers, state.Texts);
        var manifest = bundle.Bundle.Manifest;
        var text = new StringBuilder();
        if (!Header(text, input, asOf, outcome))
        {
            return text.ToString();
        }

        if (input.Lists is { } lists)
        {
            Lists.ListExplanation.Write(text, bundle, lists);
        }

        var hits = outcome.Hits.Select(h => bundle.Elements[h]).ToList();
        text.AppendLine("为什么是这个类别 (why this category):");
        var regimeRule = hits.FirstOrDefault(e => e.Phase == Phase.Regime && e.Rule!.Regime == outcome.Regime)?.Rule;
        foreach (var row in hits.Where(e => e.Phase == Phase.Matrix))
        {
            Line(text, "  ", row, fact, $"安全风险等级 {outcome.SafetyLevel} × 信用风险类别 {outcome.CreditClass} → {row.Row!.Outputs[0]}");
        }

        if (regimeRule?.Category is { } forced)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  监管方式 {regimeRule.Regime} 将类别定为 {forced}（见下文 {regimeRule.Id}）");
        }

        text.AppendLine();
        Evaluation(text, "安全评估 (safety)", EvaluationKind.Safety, manifest.SafetyBaseScoreOn(asOf) ?? 0, outcome.SafetyScore, outcome.SafetyLevel,
            hits, fact, VariableCatalog.SafetyLevel);
        Evaluation(text, "信用评估 (credit)", EvaluationKind.Credit, manifest.CreditBaseScoreOn(asOf) ?? 0, outcome.CreditScore, outcome.CreditClass,
            hits, fact, VariableCatalog.CreditClass);
        text.AppendLine(CultureInfo.InvariantCulture, $"监管方式 (regime): {outcome.Regime}");
        var regimes = hits.Where(e => e.Phase == Phase.Regime).ToList();
        if (regimes.Count == 0)
        {
            text.AppendLine("  无特殊情形适用，按常规随机抽查 (no regime rule applies: routine random inspection)");
        }

        foreach (var rule in regimes)
        {
            var note = rule.Rule == regimeRule ? "适用" : $"成立但优先级低于 {outcome.Regime}";
            Line(text, "  ", rule, fact, $"{rule.Rule!.Regime}（{note}）");
        }

        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"抽查比例 (ratio): {outcome.Ratio:0.##%}");
        foreach (var row in hits.Where(e => e.Phase == Phase.Ratio))
        {
            var overridden = regimeRule?.Ratio is { } r ? $"；监管方式 {regimeRule.Regime} 规定比例 {r:0.##%}（{regimeRule.Id}）" : "";
            Line(text, "  ", row, fact, $"类别 {outcome.Category} → {row.Row!.Outputs[0]}，最少 {outcome.MinCount} 家{overridden}");
        }

        return text.ToString();
    }

    /// <summary>Null when <paramref name="target"/> names a category, rule or table row of the bundle; otherwise why
    /// not, with a "did you mean" and every category and id.</summary>
    public string? CheckWhyNot(string target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return WhyNotTarget.Resolve(bundle, target) is null ? WhyNotTarget.Problem(bundle, target) : null;
    }

    /// <summary>
    /// Answers "why not?": for a rule or table row, whether it fired and each part of its condition (or each cell) with
    /// the actual values, whether it held and its file:line:column; for a category, which matrix rows give it and which
    /// of their cells fail, what the levels they need would take, and the regime rules that would impose it.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="target"/> is not valid (see <see cref="CheckWhyNot"/>).</exception>
    public string WhyNot(EnterpriseInput input, DateOnly asOf, string target)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(target);
        var resolved = WhyNotTarget.Resolve(bundle, target) ?? throw new ArgumentException(WhyNotTarget.Problem(bundle, target), nameof(target));
        if (resolved.Element is { Phase: Phase.Lists } listRule)
        {
            // A list rule reads a listing, not the enterprise: it is traced on each listing of its list.
            var listText = new StringBuilder();
            Lists.ListExplanation.WhyNot(listText, bundle, input.Lists, listRule);
            return listText.ToString();
        }

        if (resolved.Element is { Phase: Phase.Alerts } alertRule)
        {
            // An alert rule reads a night against the previous one, which an explanation of one as-of date does not have.
            var rule = alertRule.Rule!;
            var words = new Rulebook.ConditionWriter(Alerts.AlertVocabulary.Catalog(bundle.Bundle.Manifest));
            return $"{rule.Id} {rule.Title}（预警规则 alert rule, {rule.WhenLocation}）\n"
                + $"  若 {words.Write(rule.When)}，则 {Rulebook.RuleSection.Effect(rule)}\n"
                + $"  依据 basis: {rule.Basis}\n"
                + "  预警规则比较本次评估与上次评估及其后新增的记录，不属于单日评估：是否发出及所读取的值见当晚的预警清单 (alerts.csv 的 values 列，"
                + "score --previous 或夜间任务)。\n"
                + "  An alert rule compares a night with the previous assessment; whether it fired, with the values it read, is in that night's alerts.csv.\n";
        }

        var outcome = _engine.Score([input], asOf).Single().Outcome;
        var context = new WhyNotContext(bundle, outcome, _engine.Evaluate(input, asOf), asOf);
        var text = new StringBuilder();
        if (!Header(text, input, asOf, outcome))
        {
            if (resolved.Element is null)
            {
                return text.ToString();
            }

            text.AppendLine("以下按评估失败前已算出的值解释 (explained with the values computed before the failure):");
            text.AppendLine();
        }

        if (resolved.Element is { } element)
        {
            ElementBlock.Write(text, context, element, "");
        }
        else
        {
            CategoryWhyNot.Write(text, context, resolved.Category!);
        }

        return text.ToString();
    }

    /// <summary>The enterprise, date, bundle and conclusion; false when the evaluation failed (the error is written).</summary>
    private bool Header(StringBuilder text, EnterpriseInput input, DateOnly asOf, Outcome outcome)
    {
        var manifest = bundle.Bundle.Manifest;
        text.AppendLine(CultureInfo.InvariantCulture, $"{input.Uscc} {input.Name}");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"评估日期 as-of {asOf:yyyy-MM-dd} · 规则集 {manifest.Id} {manifest.Version} · sha256 {bundle.Bundle.ContentHash}");
        text.AppendLine();
        if (outcome.Error is not null)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"评估失败 (evaluation error): {outcome.Error}");
            return false;
        }

        text.AppendLine(CultureInfo.InvariantCulture,
            $"结论: 监管类别 {outcome.Category} · 抽查比例 {outcome.Ratio:0.##%}（最少 {outcome.MinCount} 家{(outcome.Exempt ? "，免于常规抽查" : "")}）· 监管方式 {outcome.Regime}");
        text.AppendLine();
        return true;
    }

    private void Evaluation(StringBuilder text, string title, EvaluationKind kind, double baseScore, double score, string grade,
        List<Element> hits, DecisionFact fact, string gradeVariable)
    {
        text.AppendLine(CultureInfo.InvariantCulture, $"{title}: 得分 {score:0.##} → {grade}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  {baseScore,6:0.##}  基础分 (base score)");
        var rules = hits.Where(e => e.Rule?.Kind == kind).ToList();
        foreach (var rule in rules.Where(r => r.Rule!.Points is not null))
        {
            Line(text, $"  {rule.Rule!.Points,6:+0.##;-0.##}  ", rule, fact, null);
        }

        foreach (var rule in rules.Where(r => r.Rule!.Grade is not null))
        {
            Line(text, "  直接判定 ", rule, fact, $"→ {rule.Rule!.Grade}（不论得分）");
        }

        foreach (var row in hits.Where(e => e.Phase == Phase.Grading && e.Table!.Outputs.Contains(gradeVariable)))
        {
            Line(text, "  分级 ", row, fact, $"→ {row.Row!.Outputs[0]}");
        }

        if (rules.Count == 0)
        {
            text.AppendLine("          无扣分或加分项 (no rule fired)");
        }

        text.AppendLine();
    }

    private void Line(StringBuilder text, string prefix, Element element, DecisionFact fact, string? result)
    {
        var values = element.Reads.Count == 0
            ? ""
            : " [" + string.Join(", ", element.Reads.Select(n => $"{n} = {FactLayout.Format(bundle.Catalog.Get(n), fact)}")) + "]";
        text.AppendLine(CultureInfo.InvariantCulture, $"{prefix}{element.Id} {element.Title}{values}{(result is null ? "" : " " + result)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"          依据 {element.Basis} · {element.Location}");
    }
}
