using Supervision.Model.Indicators;
using Supervision.Model.Registry;
using Supervision.Rules.Bundle;
using Supervision.Rules.Compilation;
using Supervision.Rules.Language;
using Supervision.Rules.Scoring;

namespace Supervision.Data.Scoring;

/// <summary>
/// Lays out one enterprise's data as the bundle's slots for an as-of date: registry fields, safety indicator columns,
/// and the derived indicators the schema declares over credit records and inspections. Records dated after the
/// as-of date are ignored, so scoring a past date reproduces what was known then.
/// </summary>
internal sealed class FactBuilder
{
    private readonly CompiledBundle _bundle;
    private readonly IndicatorDefinition[] _registry;
    private readonly IndicatorDefinition[] _derived;
    private readonly IndicatorDefinition[] _learned;

    public FactBuilder(CompiledBundle bundle)
    {
        _bundle = bundle;
        var indicators = bundle.Bundle.Indicators;
        _registry = [.. indicators.Where(i => i.Source == "enterprises.csv")];
        _derived = [.. indicators.Where(i => i.Derive is not null)];
        _learned = [.. indicators.Where(i => i.Source == "learned-risk.csv")];
        SafetyColumns = [.. indicators.Where(i => i.Source == "safety-indicators.csv").Select(i => i.ToColumn())];
    }

    /// <summary>Columns of safety-indicators.csv the bundle reads, in schema order.</summary>
    public IReadOnlyList<IndicatorColumn> SafetyColumns { get; }

    /// <summary>True when the bundle declares learned_violation_risk, so that learned-risk.csv must be loaded.</summary>
    public bool ReadsLearnedRisk => _learned.Length > 0;

    /// <param name="enterprise">The registry row.</param>
    /// <param name="safetyValues">safety-indicators.csv values in <see cref="SafetyColumns"/> order, or null.</param>
    /// <param name="credit">The enterprise's credit records.</param>
    /// <param name="inspections">The enterprise's past inspections.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="learnedRisk">learned_violation_risk from learned-risk.csv; null leaves the indicator's default (or missing).</param>
    public EnterpriseInput Build(
        Enterprise enterprise, object?[]? safetyValues, IEnumerable<CreditRecord> credit, IEnumerable<InspectionRecord> inspections, DateOnly asOf,
        double? learnedRisk = null)
    {
        ArgumentNullException.ThrowIfNull(enterprise);
        var layout = _bundle.Layout;
        var (numbers, texts) = layout.NewSlots();
        foreach (var indicator in _registry)
        {
            layout.Set(numbers, texts, indicator.Name, RegistryValue(enterprise, indicator.Name));
        }

        if (safetyValues is not null)
        {
            for (var i = 0; i < SafetyColumns.Count && i < safetyValues.Length; i++)
            {
                layout.Set(numbers, texts, SafetyColumns[i].Name, safetyValues[i]);
            }
        }

        foreach (var indicator in _learned)
        {
            layout.Set(numbers, texts, indicator.Name, learnedRisk);
        }

        if (_derived.Length > 0)
        {
            var creditList = credit as IReadOnlyCollection<CreditRecord> ?? [.. credit];
            var inspectionList = inspections as IReadOnlyCollection<InspectionRecord> ?? [.. inspections];
            foreach (var indicator in _derived)
            {
                layout.Set(numbers, texts, indicator.Name, Derive(indicator.Derive!, creditList, inspectionList, asOf));
            }
        }

        return new EnterpriseInput(enterprise.Uscc, enterprise.Name, numbers, texts);
    }

    private static object? RegistryValue(Enterprise e, string name) => name switch
    {
        "industry_code" => e.IndustryCode,
        "region" => e.Region,
        "grid" => e.Grid,
        "status" => e.Status.ToString().ToLowerInvariant(),
        "registration_date" => e.RegistrationDate,
        "new_business_form" => e.NewBusinessForm,
        _ => null,
    };

    internal static object? Derive(DeriveSpec spec, IReadOnlyCollection<CreditRecord> credit, IReadOnlyCollection<InspectionRecord> inspections, DateOnly asOf)
    {
        // A window of m months is (asOf − m months, asOf]: a record exactly m months old no longer counts.
        var windowStart = spec.Months is { } m ? asOf.AddMonths(-m) : DateOnly.MinValue;
        bool InWindow(DateOnly d) => d > windowStart && d <= asOf;
        if (spec.From == "inspections.csv")
        {
            var inWindow = inspections.Where(i => InWindow(i.Date));
            return (double)(spec.Operation == "count_violations" ? inWindow.Count(i => i.ViolationFound) : inWindow.Count());
        }

        var type = spec.RecordType switch
        {
            "penalty" => CreditRecordType.Penalty,
            "abnormal_operation" => CreditRecordType.AbnormalOperation,
            "blacklist" => CreditRecordType.Blacklist,
            "tax_grade" => CreditRecordType.TaxGrade,
            _ => CreditRecordType.PublicCredit,
        };
        var records = credit.Where(r => r.Type == type && r.StartDate <= asOf);
        return spec.Operation switch
        {
            "count" => (double)records.Count(r => InWindow(r.StartDate)),
            "sum_amount" => (double)records.Where(r => InWindow(r.StartDate)).Sum(r => r.Amount ?? 0),
            "active" => records.Any(r => r.IsActiveOn(asOf)),
            "months_active" => records.Where(r => r.IsActiveOn(asOf)).Select(r => (DateOnly?)r.StartDate).Min() is { } start
                ? (double)Functions.WholeMonths(start, asOf)
                : null,
            "latest_grade" => records.OrderByDescending(r => r.StartDate).ThenBy(r => r.DocumentNo, StringComparer.Ordinal)
                .Select(r => r.Grade).FirstOrDefault(),
            _ => null,
        };
    }
}
