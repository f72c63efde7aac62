using System.Globalization;
using CsvHelper;
using Supervision.Data.Import;

namespace Supervision.Data.Results;

/// <summary>
/// decisions.csv: one row per finding with the recommended outcome, the reason in plain words, both legal bases, the
/// education step and follow-up. For inspectors and the enterprise's notice; it never shows a category or credit class.
/// </summary>
public static class DecisionCsv
{
    public const string File = "decisions.csv";

    public static readonly IReadOnlyList<string> Header =
    [
        "finding_id", "task_id", "uscc", "enterprise", "department", "date", "item", "violation_code", "violation", "outcome", "item_no",
        "modality", "first_violation", "previous_violation", "reason", "penalty_basis", "exemption_basis", "education", "follow_up",
        "counts_as_violation", "rules",
    ];

    public static void Write(string path, IReadOnlyList<DecidedFinding> decided, IReadOnlyDictionary<string, string> names, Func<DecidedFinding, string> violation)
    {
        var rows = decided.Select(d => (IReadOnlyList<string?>)
        [
            d.Decision.FindingId, d.Result.TaskId, d.Result.Uscc, names.GetValueOrDefault(d.Result.Uscc, ""), d.Result.Department, Iso(d.Result.Date),
            d.Finding.Item, d.Finding.ViolationCode, violation(d), ResultWords.Of(d.Decision.Outcome),
            d.Decision.ItemNo ?? "", d.Decision.Modality, d.Fact.FirstViolation ? "true" : "false",
            d.Fact.PreviousViolation is { } p ? Iso(p) : "", d.Decision.Reason, d.Decision.PenaltyBasis, d.Decision.ExemptionBasis,
            d.Decision.Education, d.Decision.FollowUp, d.Decision.CountsAsViolation ? "true" : "false", string.Join(';', d.Decision.Rules),
        ]);
        SafeCsvWriter.Write(path, Header, rows);
    }

    /// <summary>Reads outcome and violation words by finding id (what `results publish` needs).</summary>
    public static IReadOnlyDictionary<string, (string Outcome, string Violation)> Read(string path)
    {
        var outcomes = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        using var reader = CsvReader.FromFile(path, CsvReaderOptions.Default with { Separator = ',' });
        var headers = reader.Headers.Select(h => h.Trim().TrimStart('\uFEFF')).ToList();
        int Column(string name) => headers.IndexOf(name) is >= 0 and var i ? i : throw new InvalidDataException($"{path}: no column {name}; is it a decisions.csv?");
        var (id, outcome, violation, code) = (Column("finding_id"), Column("outcome"), Column("violation"), Column("violation_code"));
        while (reader.Read())
        {
            var words = reader.GetString(violation);
            outcomes[reader.GetString(id)] = (reader.GetString(outcome), words.Length > 0 ? words : reader.GetString(code));
        }

        return outcomes;
    }

    public static string Iso(DateOnly date) => date.ToString(CellParsers.DateFormat, CultureInfo.InvariantCulture);
}
