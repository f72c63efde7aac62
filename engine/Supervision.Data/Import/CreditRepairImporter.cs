using Supervision.Model.Import;
using Supervision.Model.Registry;

namespace Supervision.Data.Import;

/// <summary>
/// Imports applications to leave a list (credit-repairs.csv), keyed by (uscc, list, document_no, applied_on, decided_on):
/// a pending application and, later, the same application with its decision are two rows, the file a trail. The rows
/// record facts; the bundle's list rules decide what they do, on every night (<c>decision</c> is what the department
/// recorded on the day, kept for people and checked, not read by the rules).
/// </summary>
public static class CreditRepairImporter
{
    public const string FileName = InputFiles.CreditRepairs;

    public static readonly ColumnSpec Uscc = new("uscc", "统一社会信用代码");
    public static readonly ColumnSpec List = new("list", "名单");
    public static readonly ColumnSpec DocumentNo = new("document_no", "列入文书号");
    public static readonly ColumnSpec AppliedOn = new("applied_on", "申请日期");
    public static readonly ColumnSpec DecidedOn = new("decided_on", "决定日期", ColumnPresence.Optional);
    public static readonly ColumnSpec PenaltiesFulfilled = new("penalties_fulfilled", "已履行行政处罚", ColumnPresence.Optional);
    public static readonly ColumnSpec HarmRemoved = new("harm_removed", "已消除不良影响", ColumnPresence.Optional);
    public static readonly ColumnSpec CommitmentSigned = new("commitment_signed", "已作出信用承诺", ColumnPresence.Optional);
    public static readonly ColumnSpec Corrected = new("corrected", "已纠正", ColumnPresence.Optional);
    public static readonly ColumnSpec Decision = new("decision", "决定", ColumnPresence.Optional);
    public static readonly ColumnSpec DecisionNo = new("decision_no", "决定文书号", ColumnPresence.Optional);

    /// <summary>The columns in the order <c>credit repair</c> writes them.</summary>
    public static IReadOnlyList<ColumnSpec> Columns { get; } =
        [Uscc, List, DocumentNo, AppliedOn, DecidedOn, PenaltiesFulfilled, HarmRemoved, CommitmentSigned, Corrected, Decision, DecisionNo];

    private static readonly Dictionary<string, CreditRecordType> Lists = new(StringComparer.OrdinalIgnoreCase)
    {
        ["blacklist"] = CreditRecordType.Blacklist,
        ["abnormal_operation"] = CreditRecordType.AbnormalOperation,
        ["严重违法失信名单"] = CreditRecordType.Blacklist,
        ["经营异常名录"] = CreditRecordType.AbnormalOperation,
    };

    private static readonly Dictionary<string, string> Decisions = new(StringComparer.Ordinal)
    {
        ["approved"] = "approved", ["准予"] = "approved",
        ["rejected"] = "rejected", ["不予"] = "rejected",
    };

    private static readonly TableSchema<ListApplication, (string, CreditRecordType, string, DateOnly, DateOnly?)> Schema = new(
        [.. Columns],
        Map,
        a => (a.Uscc, a.List, a.ListingDocumentNo, a.AppliedOn, a.DecidedOn),
        null,
        "application (same uscc, list, document_no, applied_on and decided_on)");

    /// <param name="path">The file.</param>
    /// <param name="knownEnterprises">USCCs of the registry; rows of other enterprises are rejected. Null to skip the check.</param>
    public static ImportResult<ListApplication> Import(string path, IReadOnlySet<string>? knownEnterprises = null)
        => TableImporter.Import(path, Schema, knownEnterprises);

    /// <param name="file">The file or a slice of it.</param>
    /// <param name="knownEnterprises">USCCs of the registry; rows of other enterprises are rejected. Null to skip the check.</param>
    public static ImportResult<ListApplication> Import(InputFile file, IReadOnlySet<string>? knownEnterprises = null)
        => TableImporter.Import(file, Schema, knownEnterprises);

    private static ListApplication Map(RowContext row)
    {
        var uscc = row.RequiredUscc(Uscc);
        var list = row.RequiredChoice(List, Lists);
        var documentNo = row.RequiredText(DocumentNo);
        var appliedOn = row.RequiredDate(AppliedOn);
        var decidedOn = row.OptionalDate(DecidedOn);
        if (appliedOn is not null && decidedOn < appliedOn)
        {
            row.Error(DecidedOn, "the decision is dated before the application");
        }

        var decision = row.OptionalText(Decision);
        if (decision is not null && !Decisions.ContainsKey(decision))
        {
            row.Error(Decision, $"not one of the allowed values: {string.Join(", ", Decisions.Keys)}");
        }
        else if (decision is not null && decidedOn is null)
        {
            row.Error(Decision, "a decision needs its date in decided_on");
        }

        return new ListApplication(
            uscc,
            list ?? CreditRecordType.Blacklist,
            documentNo,
            appliedOn ?? default,
            decidedOn,
            row.OptionalBoolean(PenaltiesFulfilled, whenEmpty: false),
            row.OptionalBoolean(HarmRemoved, whenEmpty: false),
            row.OptionalBoolean(CommitmentSigned, whenEmpty: false),
            row.OptionalBoolean(Corrected, whenEmpty: false),
            row.OptionalText(DecisionNo) ?? string.Empty);
    }
}
