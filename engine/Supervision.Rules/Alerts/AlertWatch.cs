using System.Globalization;
using System.Text;
using Supervision.Rules.Bundle;
using Supervision.Rules.Compilation;
using Supervision.Rules.Language;
using Supervision.Rules.Scoring;

namespace Supervision.Rules.Alerts;

/// <summary>
/// Raises a night's alerts (预警): each enterprise's assessment and its <see cref="NightSignals"/> become one fact of the
/// alert vocabulary, the bundle's alert rules run in an NRules session on one fact per distinct combination of the values
/// they read (a batch's enterprises share few), and every rule that matches an enterprise's combination
/// raises an alert with the values it read. An alert on an enterprise drawn only when triggered (a regime whose draw
/// effect is when_triggered or when_triggered_or_verification: 触发式、不诉不查) is a case lead.
/// </summary>
/// <remarks>Thread-safe: every call has its own session. Enterprises whose assessment failed raise no alert.</remarks>
public sealed class AlertWatch
{
    private readonly CompiledBundle _bundle;
    private readonly RegimeEffects _regimes;

    // What the alert rules read: two enterprises that agree on these match the same rules (the rules see nothing else of
    // a fact but its phase and the as-of day, the same for a whole batch).
    private readonly Variable[] _read;

    public AlertWatch(CompiledBundle bundle)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        _bundle = bundle;
        _regimes = RegimeEffects.Of(bundle.Bundle.Manifest);
        _read = bundle.AlertLayout is { } layout
            ? [.. bundle.AlertRules.SelectMany(r => r.Reads).Distinct(StringComparer.Ordinal).Select(layout.Catalog.Get)]
            : [];
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

        // NRules runs once per distinct combination of the values the rules read: on a quiet night most enterprises
        // share a handful, and each enterprise's alerts still carry its own values.
        var patterns = new Dictionary<string, int>(StringComparer.Ordinal);
        var representatives = new List<DecisionFact>();
        var patternOf = new int[facts.Count];
        var key = new StringBuilder();
        for (var i = 0; i < facts.Count; i++)
        {
            var pattern = Key(facts[i], key);
            if (!patterns.TryGetValue(pattern, out var index))
            {
                index = representatives.Count;
                patterns.Add(pattern, index);
                representatives.Add(facts[i] with { CaseId = index });
            }

            patternOf[i] = index;
        }

        var (matched, errors) = Decide(representatives);
        var alerts = new List<Alert>();
        var failures = new List<AlertFailure>();
        for (var i = 0; i < assessed.Count; i++)
        {
            if (errors[patternOf[i]] is { } error)
            {
                failures.Add(new AlertFailure(assessed[i].Assessment.Uscc, error));
                continue;
            }

            alerts.AddRange(Raise(assessed[i].Assessment, facts[i], matched[patternOf[i]], asOf));
        }

        return new NightAlerts(alerts, failures);
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
        layout.Set(numbers, texts, AlertVocabulary.NewFalseCommitments, (double)signals.NewFalseCommitments);
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

    private (IReadOnlyList<int>[] Matched, string?[] Errors) Decide(List<DecisionFact> patterns)
    {
        var errors = new string?[patterns.Count];
        try
        {
            return (Run(patterns), errors);
        }
        catch (NRules.RuleExpressionEvaluationException)
        {
            // One pattern's missing value aborts the session: decide each alone, so that only the failing ones fail.
            var matched = new IReadOnlyList<int>[patterns.Count];
            for (var p = 0; p < patterns.Count; p++)
            {
                try
                {
                    matched[p] = Run([patterns[p] with { CaseId = 0 }])[0];
                }
                catch (NRules.RuleExpressionEvaluationException e)
                {
                    matched[p] = [];
                    errors[p] = $"the alert rules could not be evaluated: {e.InnerException?.Message ?? e.Message}";
                }
            }

            return (matched, errors);
        }
    }

    private string Key(DecisionFact fact, StringBuilder key)
    {
        key.Clear();
        foreach (var variable in _read)
        {
            if (variable.IsNumericSlot)
            {
                key.Append(BitConverter.DoubleToInt64Bits(fact.Numbers[variable.Slot]).ToString("x", CultureInfo.InvariantCulture));
            }
            else
            {
                key.Append(fact.Texts[variable.Slot] is { } text ? "s" + text : "-");
            }

            key.Append('\u001f');
        }

        return key.ToString();
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
