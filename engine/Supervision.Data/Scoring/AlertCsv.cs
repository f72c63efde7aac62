using System.Globalization;
using Supervision.Data.Import;
using Supervision.Rules.Alerts;

namespace Supervision.Data.Scoring;

/// <summary>
/// The night's alert list (alerts.csv): one row per alert, most urgent first, then by enterprise and rule; each with
/// the rule, its basis and the values it read, and whether it became a case lead (BOM, formula-injection safe).
/// </summary>
public static class AlertCsv
{
    public const string FileName = "alerts.csv";

    public static readonly IReadOnlyList<string> Headers =
    [
        "as_of", "level", "kind", "uscc", "name", "regime", "rule", "title", "values", "basis", "lead", "lead_reference",
    ];

    public static void Write(Stream stream, IEnumerable<Alert> alerts) => SafeCsvWriter.Write(stream, Headers, AlertOrder.Ordered(alerts).Select(Row));

    public static IReadOnlyList<string?> Row(Alert a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return
        [
            a.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), a.Level, a.Kind, a.Uscc, a.Name, a.Regime, a.RuleId, a.Title, a.Values, a.Basis,
            a.Lead ? "true" : "false", a.Lead ? a.LeadReference : "",
        ];
    }
}
