using Supervision.Model.Registry;

namespace Supervision.Data.Import;

/// <summary>
/// Imports credit records (credit-records.csv), keyed by (uscc, record_type, start_date, document_no).
/// </summary>
internal static class CreditRecordImporter
{
    public static readonly ColumnSpec Uscc = new("uscc", "统一社会信用代码");
    public static readonly ColumnSpec RecordType = new("record_type", "记录类型");
    public static readonly ColumnSpec StartDate = new("start_date", "起始日期");
    public static readonly ColumnSpec EndDate = new("end_date", "终止日期", ColumnPresence.Optional);
    public static readonly ColumnSpec Grade = new("grade", "等级", ColumnPresence.Optional);
    public static readonly ColumnSpec Amount = new("amount", "罚没金额", ColumnPresence.Optional, Form: CellForm.Number);
    public static readonly ColumnSpec DocumentNo = new("document_no", "文书号");
    public static readonly ColumnSpec Basis = new("basis", "依据", ColumnPresence.Optional, ColumnSpec.SentenceMaxLength);

    private static readonly Dictionary<string, CreditRecordType> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        ["penalty"] = CreditRecordType.Penalty,
        ["abnormal_operation"] = CreditRecordType.AbnormalOperation,
        ["blacklist"] = CreditRecordType.Blacklist,
        ["tax_grade"] = CreditRecordType.TaxGrade,
        ["public_credit"] = CreditRecordType.PublicCredit,
        ["行政处罚"] = CreditRecordType.Penalty,
        ["经营异常名录"] = CreditRecordType.AbnormalOperation,
        ["严重违法失信名单"] = CreditRecordType.Blacklist,
        ["纳税信用等级"] = CreditRecordType.TaxGrade,
        ["公共信用综合评价"] = CreditRecordType.PublicCredit,
    };

    // Grades as the tax authority (纳税信用等级) and the public credit evaluation (公共信用综合评价) publish them.
    private static readonly string[] TaxGrades = ["A", "B", "M", "C", "D"];
    private static readonly string[] PublicCreditGrades = ["A", "B", "C", "D"];

    private static readonly TableSchema<CreditRecord, (string, CreditRecordType, DateOnly, string)> Schema = new(
        [Uscc, RecordType, StartDate, EndDate, Grade, Amount, DocumentNo, Basis],
        Map,
        record => (record.Uscc, record.Type, record.StartDate, record.DocumentNo),
        null,
        "record (same uscc, record_type, start_date and document_no)");

    /// <param name="path">The file.</param>
    /// <param name="knownEnterprises">USCCs of the registry; rows of other enterprises are rejected. Null to skip the check.</param>
    public static ImportResult<CreditRecord> Import(string path, IReadOnlySet<string>? knownEnterprises = null)
        => TableImporter.Import(path, Schema, knownEnterprises);

    /// <param name="file">The file or a slice of it.</param>
    /// <param name="knownEnterprises">USCCs of the registry; rows of other enterprises are rejected. Null to skip the check.</param>
    public static ImportResult<CreditRecord> Import(InputFile file, IReadOnlySet<string>? knownEnterprises = null)
        => TableImporter.Import(file, Schema, knownEnterprises);

    private static CreditRecord Map(RowContext row)
    {
        var uscc = row.RequiredUscc(Uscc);
        var type = row.RequiredChoice(RecordType, Types);
        var startDate = row.RequiredDate(StartDate);
        var endDate = row.OptionalDate(EndDate);
        if (startDate is not null && endDate < startDate)
        {
            row.Error(EndDate, "end date is before the start date");
        }

        var grade = type is { } known ? ReadGrade(row, known) : row.OptionalText(Grade);
        var amount = row.OptionalDecimal(Amount);
        if (amount < 0)
        {
            row.Error(Amount, "amount must not be negative");
        }
        else if (amount is not null && type is not (null or CreditRecordType.Penalty))
        {
            row.Error(Amount, "an amount is only allowed for penalty records");
        }

        var documentNo = row.RequiredText(DocumentNo);
        var basis = row.Shared(row.OptionalText(Basis) ?? string.Empty);
        return new CreditRecord(uscc, type ?? default, startDate ?? default, endDate, grade is null ? null : row.Shared(grade), amount, documentNo, basis);
    }

    private static string? ReadGrade(RowContext row, CreditRecordType type)
    {
        var allowed = type switch
        {
            CreditRecordType.TaxGrade => TaxGrades,
            CreditRecordType.PublicCredit => PublicCreditGrades,
            _ => null,
        };
        var grade = row.OptionalText(Grade)?.ToUpperInvariant();
        if (allowed is null)
        {
            if (grade is not null)
            {
                row.Error(Grade, "a grade is only allowed for tax_grade and public_credit records");
            }

            return null;
        }

        if (grade is null)
        {
            row.Error(Grade, $"a grade is required for this record type ({string.Join("/", allowed)})");
        }
        else if (!allowed.Contains(grade, StringComparer.Ordinal))
        {
            row.Error(Grade, $"not a grade of this record type ({string.Join("/", allowed)})");
        }

        return grade;
    }
}
