using Supervision.Rules.Bundle;
using Supervision.Rules.Compilation;
using Supervision.Rules.Language;
using Supervision.Rules.Scoring;

namespace Supervision.Rules.Alerts;

/// <summary>
/// Raises a night's alerts (预警): each enterprise's assessment and its <see cref="NightSignals"/> become one fact of the
/// alert vocabulary, the bundle's alert rules run on a batch of them in an NRules session, and every rule that matches
/// raises an alert with the values it read. An alert on an enterprise drawn only when triggered (a regime whose draw
/// effect is when_triggered or when_triggered_or_verification: 触发式、不诉不查) is a case lead.
/// </summary>
/// <remarks>Thread-safe: every call has its own session. Enterprises whose assessment failed raise no alert.</remarks>
public sealed class AlertWatch
{
    private readonly CompiledBundle _bundle;
    private readonly RegimeEffects _regimes;

    public AlertWatch(CompiledBundle bundle)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        _bundle = bundle;
        _regimes = RegimeEffects.Of(bundle.Bundle.Manifest);
    }

    /// <summary>True when the bundle has alert rules.</summary>
    public bool HasRules => _bundle.AlertSessionFactory is not null;

    /// <param name="subjects">The enterprises, each with its signals.</param>
    /// <param name="asOf">The night's as-of date.</param>
    public NightAlerts Evaluate(IReadOnlyList<AlertSubject> subjects, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        if (!HasRules || subjects.Count == 0)
        {
            return NightAlerts.Empty;
        }

        var assessed = subjects.Where(s => s.Assessment.Outcome.Error is null).ToList();
        var facts = assessed.Select((s, i) => Fact(i, s, asOf)).ToList();
        IReadOnlyList<int>[] matched;
        try
        {
            matched = Run(facts);
        }
        catch (NRules.RuleExpressionEvaluationException)
        {
            // One enterprise's missing value aborts the session: evaluate each alone, so that only the failing one fails.
            return EachAlone(assessed, facts, asOf);
        }

        var alerts = new List<Alert>();
        for (var i = 0; i < assessed.Count; i++)
        {
            alerts.AddRange(Raise(assessed[i].Assessment, facts[i], matched[i], asOf));
        }

        return new NightAlerts(alerts, []);
    }

    /// <summary>The fact the alert rules read for <paramref name="subject"/> (for explanations and tests).</summary>
    public DecisionFact Fact(long caseId, AlertSubject subject, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var layout = _bundle.AlertLayout!;
        var (numbers, texts) = layout.NewSlots();
        var outcome = subject.Assessment.Outcome;
        var signals = subject.Signals;
        layout.Set(numbers, texts, AlertVocabulary.Category, outcome.Category);
        layout.Set(numbers, texts, AlertVocabulary.SafetyScore, outcome.SafetyScore);
        layout.Set(numbers, texts, AlertVocabulary.CreditScore, outcome.CreditScore);
        layout.Set(numbers, texts, AlertVocabulary.Regime, outcome.Regime);
        if (signals.Previous is { } previous)
        {
            // A previous assessment that failed has no category (and compares as none); its scores still compare.
            var categories = _bundle.Bundle.Manifest.Categories;
            var before = IndexOf(categories, previous.Category);
            var now = IndexOf(categories, outcome.Category);
            layout.Set(numbers, texts, AlertVocabulary.AssessedBefore, true);
            if (before >= 0)
            {
                layout.Set(numbers, texts, AlertVocabulary.PreviousCategory, previous.Category);
            }

            // The categories run from the strictest (I) down: rising towards the first is a rise.
            if (before >= 0 && now >= 0)
            {
                layout.Set(numbers, texts, AlertVocabulary.CategoryRise, (double)(before - now));
            }

            if (previous.SafetyScore is { } safety)
            {
                layout.Set(numbers, texts, AlertVocabulary.PreviousSafetyScore, safety);
                layout.Set(numbers, texts, AlertVocabulary.SafetyScoreFall, safety - outcome.SafetyScore);
            }

            if (previous.CreditScore is { } credit)
            {
                layout.Set(numbers, texts, AlertVocabulary.PreviousCreditScore, credit);
                layout.Set(numbers, texts, AlertVocabulary.CreditScoreFall, credit - outcome.CreditScore);
            }
        }

        layout.Set(numbers, texts, AlertVocabulary.NewViolations, (double)signals.NewViolations);
        layout.Set(numbers, texts, AlertVocabulary.NewPenalties, (double)signals.NewPenalties);
        layout.Set(numbers, texts, AlertVocabulary.NewPenaltyMaxAmount, signals.NewPenaltyMaxAmount);
        layout.Set(numbers, texts, AlertVocabulary.Complaints30d, (double)signals.Complaints30d);
        layout.Set(numbers, texts, AlertVocabulary.Complaints90d, (double)signals.Complaints90d);
        layout.Set(numbers, texts, AlertVocabulary.VerifiedComplaints90d, (double)signals.VerifiedComplaints90d);
        return new DecisionFact(caseId, Phase.Alerts, asOf.DayNumber, numbers, texts);
    }

    /// <summary>True when an alert on an enterprise of <paramref name="regime"/> becomes a case lead.</summary>
    public bool LeadsFor(string regime)
        => _bundle.Bundle.Manifest.Regimes.Contains(regime)
            && _regimes.EffectOf(regime) is RegimeDrawEffect.WhenTriggered or RegimeDrawEffect.WhenTriggeredOrVerification;

    private static int IndexOf(IReadOnlyList<string> categories, string category)
    {
        for (var i = 0; i < categories.Count; i++)
        {
            if (categories[i] == category)
            {
                return i;
            }
        }

        return -1;
    }

    private NightAlerts EachAlone(List<AlertSubject> assessed, List<DecisionFact> facts, DateOnly asOf)
    {
        var alerts = new List<Alert>();
        var failures = new List<AlertFailure>();
        for (var i = 0; i < assessed.Count; i++)
        {
            try
            {
                alerts.AddRange(Raise(assessed[i].Assessment, facts[i], Run([facts[i] with { CaseId = 0 }])[0], asOf));
            }
            catch (NRules.RuleExpressionEvaluationException e)
            {
                failures.Add(new AlertFailure(assessed[i].Assessment.Uscc,
                    $"the alert rules could not be evaluated: {e.InnerException?.Message ?? e.Message}"));
            }
        }

        return new NightAlerts(alerts, failures);
    }

    private IReadOnlyList<int>[] Run(IReadOnlyList<DecisionFact> facts) => CaseHits.Run(_bundle.AlertSessionFactory!, facts);

    private IEnumerable<Alert> Raise(Assessment assessment, DecisionFact fact, IReadOnlyList<int> matched, DateOnly asOf)
    {
        var catalog = _bundle.AlertLayout!.Catalog;
        var lead = LeadsFor(assessment.Outcome.Regime);
        foreach (var index in matched)
        {
            var rule = _bundle.Elements[index];
            var effect = rule.Rule!.AlertEffect!;
            var values = string.Join("; ", rule.Reads.Distinct().Select(name => $"{name}={FactLayout.Format(catalog.Get(name), fact)}"));
            yield return new Alert(assessment.Uscc, assessment.Name, asOf, rule.Id, effect.Kind, effect.Level, rule.Title, rule.Basis, values,
                assessment.Outcome.Regime, lead);
        }
    }
}
