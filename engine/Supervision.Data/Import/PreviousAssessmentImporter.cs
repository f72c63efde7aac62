using Supervision.Rules.Alerts;

namespace Supervision.Data.Import;

/// <summary>
/// Reads a previous night's assessments export (assessments.csv of <c>score</c> or of a night) for the alerts to compare
/// with: uscc, as_of, safety_score, credit_score and category of each enterprise; the other columns are ignored. A
/// failed assessment (empty category) compares as none.
/// </summary>
public static class PreviousAssessmentImporter
{
    public static readonly ColumnSpec Uscc = new("uscc", "统一社会信用代码");
    public static readonly ColumnSpec AsOf = new("as_of", "评估日");
    public static readonly ColumnSpec SafetyScore = new("safety_score", "安全评分", ColumnPresence.Optional);
    public static readonly ColumnSpec CreditScore = new("credit_score", "信用评分", ColumnPresence.Optional);
    public static readonly ColumnSpec Category = new("category", "监管类别", ColumnPresence.Optional);

    // The export's other columns, accepted and not read: the file is the export as it was written.
    private static readonly ColumnSpec[] Unread = [.. Scoring.AssessmentCsv.Headers
        .Where(h => h is not ("uscc" or "as_of" or "safety_score" or "credit_score" or "category"))
        .Select(h => new ColumnSpec(h, null, ColumnPresence.Optional, ColumnSpec.ListMaxLength * 4))];

    private static readonly TableSchema<(string Uscc, PreviousStanding Standing), string> Schema = new(
        [Uscc, AsOf, SafetyScore, CreditScore, Category, .. Unread],
        Map,
        row => row.Uscc,
        null,
        "uscc");

    /// <param name="path">The export.</param>
    public static ImportResult<(string Uscc, PreviousStanding Standing)> Import(string path) => TableImporter.Import(path, Schema);

    private static (string, PreviousStanding) Map(RowContext row)
    {
        var uscc = row.RequiredUscc(Uscc);
        var asOf = row.RequiredDate(AsOf);
        var safety = row.OptionalDecimal(SafetyScore);
        var credit = row.OptionalDecimal(CreditScore);
        var category = row.OptionalText(Category) ?? "";
        return (uscc, new PreviousStanding(asOf ?? default, category, safety is { } s ? (double)s : null, credit is { } c ? (double)c : null));
    }
}
