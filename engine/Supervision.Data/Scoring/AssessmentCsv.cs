using System.Globalization;
using Supervision.Data.Import;
using Supervision.Rules.Compilation;
using Supervision.Rules.Scoring;

namespace Supervision.Data.Scoring;

/// <summary>The assessments export: one row per enterprise, analysts open it in Excel (BOM, formula-injection safe).</summary>
public static class AssessmentCsv
{
    public static readonly IReadOnlyList<string> Headers =
    [
        "uscc", "name", "industry_code", "region", "district", "grid", "as_of", "safety_score", "safety_level", "credit_score", "credit_class", "category", "ratio", "min_count",
        "exempt", "regime", "fired", "bundle_hash", "error",
    ];

    public static void Write(Stream stream, IEnumerable<Assessment> assessments, CompiledBundle bundle)
        => SafeCsvWriter.Write(stream, Headers, assessments.Select(a => Row(a, bundle)));

    public static IReadOnlyList<string?> Row(Assessment a, CompiledBundle bundle)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(bundle);
        var o = a.Outcome;
        var ok = o.Error is null;
        return
        [
            a.Uscc, a.Name, a.Facets.IndustryCode, a.Facets.Region, a.Facets.District, a.Facets.Grid, a.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Number(o.SafetyScore), o.SafetyLevel, Number(o.CreditScore), o.CreditClass, o.Category,
            ok ? Number(o.Ratio) : "", ok ? o.MinCount.ToString(CultureInfo.InvariantCulture) : "", ok ? (o.Exempt ? "true" : "false") : "",
            o.Regime, string.Join(';', o.Hits.Select(h => bundle.Elements[h].Id)), a.BundleHash, o.Error ?? "",
        ];
    }

    private static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
