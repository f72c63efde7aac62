using System.Globalization;
using Supervision.Rules.Bundle;
using Supervision.Rules.Compilation;
using Supervision.Rules.Language;

namespace Supervision.Rules.Scoring;

/// <summary>
/// Turns the elements that matched in a phase into that phase's outputs: point sums, direct grades, table hit
/// policies and regime precedence. Pure and deterministic: the same hits always give the same state.
/// </summary>
internal sealed class Resolver(CompiledBundle bundle)
{
    private readonly BundleManifest _manifest = bundle.Bundle.Manifest;
    private readonly VariableCatalog _catalog = bundle.Catalog;

    public void Apply(CaseState state, int phase, IReadOnlyList<int> hits)
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
                foreach (var table in bundle.TablesByPhase[phase])
                {
                    ApplyTable(state, table, hits);
                }

                break;
        }
    }

    public Outcome ToOutcome(CaseState state)
    {
        string Text(string name) => state.Texts[_catalog.Get(name).Slot] ?? "";
        return state.Error is not null
            ? new Outcome(state.SafetyScore, "", state.CreditScore, "", "", 0, 0, false, "", [.. state.Hits], state.Error)
            : new Outcome(state.SafetyScore, Text(VariableCatalog.SafetyLevel), state.CreditScore, Text(VariableCatalog.CreditClass),
                Text(VariableCatalog.Category), state.Ratio, state.MinCount, state.Exempt, Text(VariableCatalog.Regime), [.. state.Hits], null);
    }

    private void ApplyEvaluation(CaseState state, IReadOnlyList<int> hits)
    {
        double safety = _manifest.SafetyBaseScore, credit = _manifest.CreditBaseScore;
        foreach (var rule in hits.Select(h => bundle.Elements[h].Rule!))
        {
            var safetyRule = rule.Kind == EvaluationKind.Safety;
            if (rule.Points is { } points)
            {
                if (safetyRule)
                {
                    safety += points;
                }
                else
                {
                    credit += points;
                }
            }
            else if (safetyRule)
            {
                state.SafetyOverride = MostSevere(_manifest.SafetyLevels, state.SafetyOverride, rule.Grade!);
            }
            else
            {
                state.CreditOverride = MostSevere(_manifest.CreditClasses, state.CreditOverride, rule.Grade!);
            }
        }

        state.SafetyScore = Math.Clamp(safety, 0, 100);
        state.CreditScore = Math.Clamp(credit, 0, 100);
        state.Numbers[_catalog.Get(VariableCatalog.SafetyScore).Slot] = state.SafetyScore;
        state.Numbers[_catalog.Get(VariableCatalog.CreditScore).Slot] = state.CreditScore;
    }

    private void ApplyRegime(CaseState state, IReadOnlyList<int> hits)
    {
        var winner = hits.Select(h => bundle.Elements[h].Rule!)
            .OrderBy(r => _manifest.Regimes.ToList().IndexOf(r.Regime!))
            .FirstOrDefault();
        state.RegimeRule = winner;
        SetText(state, VariableCatalog.Regime, winner?.Regime ?? BundleManifest.RoutineRegime);
        if (winner?.Category is { } category)
        {
            SetText(state, VariableCatalog.Category, category);
        }
    }

    private void ApplyTable(CaseState state, TableSpec table, IReadOnlyList<int> hits)
    {
        if (state.Error is not null)
        {
            return;
        }

        var rows = hits.Select(h => bundle.Elements[h]).Where(e => e.Table == table).ToList();
        TableRow row;
        if (rows.Count == 0)
        {
            var inputs = string.Join(", ", table.Inputs.Select(i => $"{i.Name}={Describe(state, i.Name)}"));
            state.Error = $"no row of table '{table.Id}' ({table.File}) matches {inputs}";
            return;
        }

        if (rows.Count > 1 && table.HitPolicy == HitPolicy.Unique)
        {
            state.Error = $"rows {string.Join(" and ", rows.Select(r => $"{r.Id} ({r.Location})"))} of table '{table.Id}' all match; its hit policy is unique";
            return;
        }

        row = rows.OrderBy(r => Rank(table.Outputs[0], r.Row!.Outputs[0])).ThenBy(r => r.Index).First().Row!;
        for (var o = 0; o < table.Outputs.Count; o++)
        {
            var value = row.Outputs[o];
            switch (table.Outputs[o])
            {
                case "ratio":
                    state.Ratio = state.RegimeRule?.Ratio ?? TableOutputs.ParseRatio(value);
                    break;
                case "min_count":
                    state.MinCount = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "exempt":
                    state.Exempt = value == "true";
                    break;
                case VariableCatalog.SafetyLevel:
                    SetText(state, VariableCatalog.SafetyLevel, state.SafetyOverride ?? value);
                    break;
                case VariableCatalog.CreditClass:
                    SetText(state, VariableCatalog.CreditClass, state.CreditOverride ?? value);
                    break;
                default:
                    SetText(state, table.Outputs[o], value);
                    break;
            }
        }
    }

    /// <summary>Priority order: the declared order of levels, classes and categories; a higher ratio first.</summary>
    private int Rank(string output, string value) => output switch
    {
        VariableCatalog.SafetyLevel => _manifest.SafetyLevels.ToList().IndexOf(value),
        VariableCatalog.CreditClass => _manifest.CreditClasses.ToList().IndexOf(value),
        VariableCatalog.Category => _manifest.Categories.ToList().IndexOf(value),
        "ratio" => -(int)Math.Round(TableOutputs.ParseRatio(value) * 1_000_000),
        _ => 0,
    };

    private string Describe(CaseState state, string name)
    {
        var variable = _catalog.Get(name);
        var fact = new DecisionFact(0, 0, 0, state.Numbers, state.Texts);
        return FactLayout.Format(variable, fact);
    }

    private void SetText(CaseState state, string name, string value) => state.Texts[_catalog.Get(name).Slot] = value;

    private static string MostSevere(IReadOnlyList<string> order, string? current, string candidate)
        => current is null || order.ToList().IndexOf(candidate) < order.ToList().IndexOf(current) ? candidate : current;
}
