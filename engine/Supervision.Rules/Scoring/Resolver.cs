using System.Globalization;
using Supervision.Rules.Bundle;
using Supervision.Rules.Compilation;
using Supervision.Rules.Language;

namespace Supervision.Rules.Scoring;

/// <summary>
/// Turns the elements that matched in a phase into that phase's outputs: point sums, direct grades, table hit
/// policies and regime precedence. Pure and deterministic: the same hits always give the same state.
/// </summary>
/// <remarks>Everything that does not depend on the case is precomputed, because this runs once per enterprise.</remarks>
internal sealed class Resolver
{
    private readonly CompiledBundle _bundle;
    private readonly BundleManifest _manifest;
    private readonly int _safetyScoreSlot, _creditScoreSlot, _safetyLevelSlot, _creditClassSlot, _categorySlot, _regimeSlot;
    private readonly int[] _gradeRank;      // per element: rank of its direct grade in the manifest order, or -1
    private readonly int[] _regimeRank;     // per element: precedence of its regime, or -1
    private readonly int[] _priority;       // per table row: rank of its first output for the priority hit policy
    private readonly double[] _ratio;       // per table row with a ratio output
    private readonly int[] _minCount;
    private readonly TableSpec[][] _tables;

    public Resolver(CompiledBundle bundle)
    {
        _bundle = bundle;
        _manifest = bundle.Bundle.Manifest;
        var catalog = bundle.Catalog;
        _safetyScoreSlot = catalog.Get(VariableCatalog.SafetyScore).Slot;
        _creditScoreSlot = catalog.Get(VariableCatalog.CreditScore).Slot;
        _safetyLevelSlot = catalog.Get(VariableCatalog.SafetyLevel).Slot;
        _creditClassSlot = catalog.Get(VariableCatalog.CreditClass).Slot;
        _categorySlot = catalog.Get(VariableCatalog.Category).Slot;
        _regimeSlot = catalog.Get(VariableCatalog.Regime).Slot;
        var elements = bundle.Elements;
        _gradeRank = [.. elements.Select(e => e.Rule?.Grade is { } g
            ? IndexOf(e.Rule.Kind == EvaluationKind.Safety ? _manifest.SafetyLevels : _manifest.CreditClasses, g) : -1)];
        _regimeRank = [.. elements.Select(e => e.Rule?.Regime is { } r ? IndexOf(_manifest.Regimes, r) : -1)];
        _priority = [.. elements.Select(e => e.Row is { } row ? Rank(e.Table!.Outputs[0], row.Outputs[0]) : 0)];
        _ratio = [.. elements.Select(e => Output(e, "ratio") is { } v ? TableOutputs.ParseRatio(v) : 0)];
        _tables = [.. bundle.TablesByPhase.Select(t => t.ToArray())];
        _minCount = [.. elements.Select(e => Output(e, "min_count") is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : 0)];
    }

    public void Apply(CaseState state, int phase, List<int> hits)
    {
        state.Hits.AddRange(hits);
        switch (phase)
        {
            case Phase.Evaluation:
                ApplyEvaluation(state, hits);
                break;
            case Phase.Regime:
                ApplyRegime(state, hits);
                break;
            default:
                foreach (var table in _tables[phase])
                {
                    ApplyTable(state, table, hits);
                }

                break;
        }
    }

    public Outcome ToOutcome(CaseState state)
        => state.Error is not null
            ? new Outcome(state.SafetyScore, "", state.CreditScore, "", "", 0, 0, false, "", [.. state.Hits], state.Error)
            : new Outcome(state.SafetyScore, state.Texts[_safetyLevelSlot] ?? "", state.CreditScore, state.Texts[_creditClassSlot] ?? "",
                state.Texts[_categorySlot] ?? "", state.Ratio, state.MinCount, state.Exempt, state.Texts[_regimeSlot] ?? "", [.. state.Hits], null);

    private void ApplyEvaluation(CaseState state, List<int> hits)
    {
        if (_manifest.SafetyBaseScoreOn(state.AsOf) is not { } safety || _manifest.CreditBaseScoreOn(state.AsOf) is not { } credit)
        {
            state.Error = $"bundle.yaml has no safety or credit base_score in force on {state.AsOf:yyyy-MM-dd}";
            return;
        }

        int safetyGrade = int.MaxValue, creditGrade = int.MaxValue;
        foreach (var hit in hits)
        {
            var rule = _bundle.Elements[hit].Rule!;
            var isSafety = rule.Kind == EvaluationKind.Safety;
            if (rule.Points is { } points)
            {
                if (isSafety)
                {
                    safety += points;
                }
                else
                {
                    credit += points;
                }
            }
            else if (isSafety)
            {
                safetyGrade = Math.Min(safetyGrade, _gradeRank[hit]);
            }
            else
            {
                creditGrade = Math.Min(creditGrade, _gradeRank[hit]);
            }
        }

        state.SafetyOverride = safetyGrade == int.MaxValue ? null : _manifest.SafetyLevels[safetyGrade];
        state.CreditOverride = creditGrade == int.MaxValue ? null : _manifest.CreditClasses[creditGrade];
        state.SafetyScore = Math.Clamp(safety, ScoreScale.Min, ScoreScale.Max);
        state.CreditScore = Math.Clamp(credit, ScoreScale.Min, ScoreScale.Max);
        state.Numbers[_safetyScoreSlot] = state.SafetyScore;
        state.Numbers[_creditScoreSlot] = state.CreditScore;
    }

    private void ApplyRegime(CaseState state, List<int> hits)
    {
        var winner = -1;
        foreach (var hit in hits)
        {
            if (winner < 0 || _regimeRank[hit] < _regimeRank[winner])
            {
                winner = hit;
            }
        }

        var rule = winner < 0 ? null : _bundle.Elements[winner].Rule;
        state.RegimeRule = rule;
        state.Texts[_regimeSlot] = rule?.Regime ?? BundleManifest.RoutineRegime;
        if (rule?.Category is { } category)
        {
            state.Texts[_categorySlot] = category;
        }
    }

    private void ApplyTable(CaseState state, TableSpec table, List<int> hits)
    {
        if (state.Error is not null)
        {
            return;
        }

        var chosen = -1;
        var matches = 0;
        foreach (var hit in hits)
        {
            if (!ReferenceEquals(_bundle.Elements[hit].Table, table))
            {
                continue;
            }

            matches++;
            if (chosen < 0 || _priority[hit] < _priority[chosen])
            {
                chosen = hit;
            }
        }

        if (matches == 0)
        {
            state.Error = NoRowMatches(state, table);
            return;
        }

        if (matches > 1 && table.HitPolicy == HitPolicy.Unique)
        {
            state.Error = SeveralRowsMatch(table, hits);
            return;
        }

        var row = _bundle.Elements[chosen].Row!;
        for (var o = 0; o < table.Outputs.Count; o++)
        {
            var value = row.Outputs[o];
            switch (table.Outputs[o])
            {
                case "ratio":
                    state.Ratio = state.RegimeRule?.Ratio ?? _ratio[chosen];
                    break;
                case "min_count":
                    state.MinCount = _minCount[chosen];
                    break;
                case "exempt":
                    state.Exempt = state.RegimeRule?.Exempt ?? value == "true";
                    break;
                case VariableCatalog.SafetyLevel:
                    state.Texts[_safetyLevelSlot] = state.SafetyOverride ?? value;
                    break;
                case VariableCatalog.CreditClass:
                    state.Texts[_creditClassSlot] = state.CreditOverride ?? value;
                    break;
                default:
                    state.Texts[_bundle.Catalog.Get(table.Outputs[o]).Slot] = value;
                    break;
            }
        }
    }

    // The messages are built apart from ApplyTable: their lambdas capture its arguments, and a method with such a lambda
    // allocates the captured variables on every call, four times per enterprise, not only when a table fails.
    private string NoRowMatches(CaseState state, TableSpec table)
    {
        var inputs = string.Join(", ", table.Inputs.Select(i => $"{i.Name}={Describe(state, i.Name)}"));
        return $"no row of table '{table.Id}' ({table.File}) matches {inputs}";
    }

    private string SeveralRowsMatch(TableSpec table, List<int> hits)
    {
        var rows = hits.Select(h => _bundle.Elements[h]).Where(e => ReferenceEquals(e.Table, table));
        return $"rows {string.Join(" and ", rows.Select(r => $"{r.Id} ({r.Location})"))} of table '{table.Id}' all match; its hit policy is unique";
    }

    /// <summary>Priority order: the declared order of levels, classes and categories; a higher ratio first.</summary>
    private int Rank(string output, string value) => output switch
    {
        VariableCatalog.SafetyLevel => IndexOf(_manifest.SafetyLevels, value),
        VariableCatalog.CreditClass => IndexOf(_manifest.CreditClasses, value),
        VariableCatalog.Category => IndexOf(_manifest.Categories, value),
        "ratio" => -(int)Math.Round(TableOutputs.ParseRatio(value) * 1_000_000),
        _ => 0,
    };

    private string Describe(CaseState state, string name)
        => FactLayout.Format(_bundle.Catalog.Get(name), new DecisionFact(0, 0, 0, state.Numbers, state.Texts));

    private static string? Output(Element element, string output)
        => element.Table is { } table && table.Outputs.ToList().IndexOf(output) is var i and >= 0 ? element.Row!.Outputs[i] : null;

    private static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == value)
            {
                return i;
            }
        }

        return -1;
    }
}
