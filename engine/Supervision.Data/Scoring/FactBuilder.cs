using Supervision.Model.Indicators;
using Supervision.Model.Registry;
using Supervision.Rules.Bundle;
using Supervision.Rules.Compilation;
using Supervision.Rules.Language;
using Supervision.Rules.Lists;
using Supervision.Rules.Scoring;

namespace Supervision.Data.Scoring;

/// <summary>
/// Lays out one enterprise's data as the bundle's slots for an as-of date: registry fields, safety indicator columns,
/// and the derived indicators the schema declares over credit records and inspections. Records dated after the
/// as-of date are ignored, so scoring a past date reproduces what was known then.
/// </summary>
public sealed class FactBuilder
{
    private readonly CompiledBundle _bundle;
    private readonly ListLifecycle _lifecycle;
    private readonly IndicatorDefinition[] _registry;
    private readonly IndicatorDefinition[] _derived;
    private readonly IndicatorDefinition[] _learned;

    public FactBuilder(CompiledBundle bundle)
    {
        _bundle = bundle;
        _lifecycle = new ListLifecycle(bundle);
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
    /// <param name="applications">Its applications to leave a list (credit-repairs.csv), or null for none.</param>
    /// <param name="complaints">Complaints about it (complaints.csv), or null for none.</param>
    /// <param name="approvals">Its approvals on a commitment or on credit (approvals.csv), or null for none.</param>
    /// <param name="standing">Where its listings stand on <paramref name="asOf"/>, when already decided for a batch
    /// (<see cref="ListsOf"/>); null to decide them here.</param>
    public EnterpriseInput Build(
        Enterprise enterprise, object?[]? safetyValues, IEnumerable<CreditRecord> credit, IEnumerable<InspectionRecord> inspections, DateOnly asOf,
        double? learnedRisk = null, IEnumerable<ListApplication>? applications = null, IEnumerable<Complaint>? complaints = null,
        IEnumerable<Approval>? approvals = null, ListStanding? standing = null)
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

        ListStanding? lists = null;
        if (_derived.Length > 0)
        {
            var creditList = credit as IReadOnlyList<CreditRecord> ?? [.. credit];
            var inspectionList = inspections as IReadOnlyList<InspectionRecord> ?? [.. inspections];
            var complaintList = complaints as IReadOnlyList<Complaint> ?? [.. complaints ?? []];
            var approvalList = approvals as IReadOnlyList<Approval> ?? [.. approvals ?? []];
            standing ??= Lists(creditList, applications, asOf);
            lists = standing.Listings.Count > 0 ? standing : null;
            foreach (var indicator in _derived)
            {
                var value = standing.TryDerive(indicator.Derive!, out var listed) ? listed : Derive(indicator.Derive!, creditList, inspectionList, asOf, complaintList, approvalList);
                layout.Set(numbers, texts, indicator.Name, value);
            }
        }

        return new EnterpriseInput(enterprise.Uscc, enterprise.Name, numbers, texts,
            new EnterpriseFacets(enterprise.IndustryCode, enterprise.Region, enterprise.District, enterprise.Grid)) { Lists = lists };
    }

    /// <summary>
    /// Where the enterprise's listings stand on <paramref name="asOf"/> after the bundle's list rules; what the list
    /// indicators (active, months_active of blacklist and abnormal_operation) read, and what explanations show.
    /// </summary>
    /// <param name="credit">Its credit records.</param>
    /// <param name="applications">Its applications to leave a list, or null for none.</param>
    /// <param name="asOf">The as-of date.</param>
    public ListStanding Lists(IReadOnlyList<CreditRecord> credit, IEnumerable<ListApplication>? applications, DateOnly asOf)
        => _lifecycle.Evaluate(credit, applications as IReadOnlyList<ListApplication> ?? [.. applications ?? []], asOf);

    /// <summary>
    /// Where the listings of many enterprises stand on <paramref name="asOf"/>, decided together (a few NRules sessions for
    /// a batch instead of one per listed enterprise); what <see cref="Lists"/> gives each.
    /// </summary>
    public IReadOnlyList<ListStanding> ListsOf(IReadOnlyList<ListRecords> enterprises, DateOnly asOf) => _lifecycle.EvaluateMany(enterprises, asOf);

    /// <summary>True when the bundle declares indicators derived from records (and so reads the listings' standing).</summary>
    public bool DerivesIndicators => _derived.Length > 0;

    private static object? RegistryValue(Enterprise e, string name) => name switch
    {
        "industry_code" => e.IndustryCode,
        "region" => e.Region,
        "district" => e.District,
        "grid" => e.Grid,
        "status" => e.Status.ToString().ToLowerInvariant(),
        "registration_date" => e.RegistrationDate,
        "new_business_form" => e.NewBusinessForm,
        _ => null,
    };

    internal static object? Derive(
        DeriveSpec spec, IReadOnlyList<CreditRecord> credit, IReadOnlyList<InspectionRecord> inspections, DateOnly asOf, IReadOnlyList<Complaint>? complaints = null,
        IReadOnlyList<Approval>? approvals = null)
    {
        // Plain indexed loops, no LINQ and no enumerator behind an interface: this runs for every derived indicator of
        // every enterprise (millions of calls a night), and closures, iterators and boxed enumerators were gigabytes of garbage.
        // A window of m months is (asOf − m months, asOf]: a record exactly m months old no longer counts.
        var windowStart = spec.Months is { } m ? asOf.AddMonths(-m) : DateOnly.MinValue;
        if (spec.From == "complaints.csv")
        {
            // count: every complaint received in the window; count_verified: those found true (查证属实).
            var verifiedOnly = spec.Operation == "count_verified";
            var complaintCount = 0;
            for (var i = 0; complaints is not null && i < complaints.Count; i++)
            {
                var complaint = complaints[i];
                if (complaint.Date > windowStart && complaint.Date <= asOf && (!verifiedOnly || complaint.Verified))
                {
                    complaintCount++;
                }
            }

            return (double)complaintCount;
        }

        if (spec.From == "approvals.csv")
        {
            // count: approvals granted in the window; count_false_commitments: verifications that found a commitment false
            // (承诺不实), dated by the finding.
            var falseOnly = spec.Operation == "count_false_commitments";
            var approvalCount = 0;
            for (var i = 0; approvals is not null && i < approvals.Count; i++)
            {
                var approval = approvals[i];
                var date = falseOnly ? (approval.CommitmentTrue == false ? approval.VerifiedOn : null) : approval.GrantedOn;
                if (date is { } day && day > windowStart && day <= asOf)
                {
                    approvalCount++;
                }
            }

            return (double)approvalCount;
        }

        if (spec.From == "inspections.csv")
        {
            var violationsOnly = spec.Operation == "count_violations";
            var inspectionCount = 0;
            for (var i = 0; i < inspections.Count; i++)
            {
                var inspection = inspections[i];
                if (inspection.Date > windowStart && inspection.Date <= asOf && (!violationsOnly || inspection.ViolationFound))
                {
                    inspectionCount++;
                }
            }

            return (double)inspectionCount;
        }

        var type = spec.RecordType switch
        {
            "penalty" => CreditRecordType.Penalty,
            "abnormal_operation" => CreditRecordType.AbnormalOperation,
            "blacklist" => CreditRecordType.Blacklist,
            "tax_grade" => CreditRecordType.TaxGrade,
            _ => CreditRecordType.PublicCredit,
        };
        var count = 0;
        var sum = 0m;
        var active = false;
        DateOnly? earliestActive = null;
        CreditRecord? latest = null;
        for (var i = 0; i < credit.Count; i++)
        {
            var r = credit[i];
            if (r.Type != type || r.StartDate > asOf)
            {
                continue;
            }

            if (r.StartDate > windowStart)
            {
                count++;
                sum += r.Amount ?? 0;
            }

            if (r.IsActiveOn(asOf))
            {
                active = true;
                earliestActive = earliestActive is { } e && e <= r.StartDate ? e : r.StartDate;
            }

            // The latest by start date; on the same date, the smallest document number (ordinal); on a full tie, the first.
            if (latest is null || r.StartDate > latest.StartDate
                || (r.StartDate == latest.StartDate && string.CompareOrdinal(r.DocumentNo, latest.DocumentNo) < 0))
            {
                latest = r;
            }
        }

        return spec.Operation switch
        {
            "count" => (double)count,
            "sum_amount" => (double)sum,
            "active" => active,
            "months_active" => earliestActive is { } start ? (double)Functions.WholeMonths(start, asOf) : null,
            "latest_grade" => latest?.Grade,
            _ => null,
        };
    }
}
