using Supervision.Model.Import;
using Supervision.Model.Registry;

namespace Supervision.Data.Import;

/// <summary>
/// Imports the approvals granted on a commitment or on credit (approvals.csv, 审管联动), keyed by the approval's number:
/// the same number twice is reported on the later line; an approval of an enterprise not in the registry is reported on
/// its line; a verification needs both its date and its finding, dated on or after the approval.
/// </summary>
public static class ApprovalImporter
{
    public const string FileName = InputFiles.Approvals;

    public static readonly ColumnSpec ApprovalNo = new("approval_no", "许可文书号");
    public static readonly ColumnSpec Uscc = new("uscc", "统一社会信用代码");
    public static readonly ColumnSpec Kind = new("kind", "审批方式");
    public static readonly ColumnSpec Matter = new("matter", "许可事项", MaxLength: ColumnSpec.NameMaxLength);
    public static readonly ColumnSpec Department = new("department", "审批部门", MaxLength: ColumnSpec.NameMaxLength);
    public static readonly ColumnSpec GrantedOn = new("granted_on", "审批日期");
    public static readonly ColumnSpec CommitmentItems = new("commitment_items", "承诺事项", ColumnPresence.Optional, ColumnSpec.ListMaxLength);
    public static readonly ColumnSpec VerifiedOn = new("verified_on", "核查日期", ColumnPresence.Optional);
    public static readonly ColumnSpec Verification = new("verification", "核查结果", ColumnPresence.Optional);

    /// <summary>The columns in the order the generator writes them.</summary>
    public static IReadOnlyList<ColumnSpec> Columns { get; } =
        [ApprovalNo, Uscc, Kind, Matter, Department, GrantedOn, CommitmentItems, VerifiedOn, Verification];

    private static readonly Dictionary<string, ApprovalKind> Kinds = new(StringComparer.Ordinal)
    {
        ["commitment"] = ApprovalKind.Commitment, ["告知承诺"] = ApprovalKind.Commitment,
        ["credit"] = ApprovalKind.Credit, ["信用审批"] = ApprovalKind.Credit,
    };

    private static readonly Dictionary<string, bool> Findings = new(StringComparer.Ordinal)
    {
        ["true"] = true, ["属实"] = true,
        ["false"] = false, ["承诺不实"] = false,
    };

    private static readonly TableSchema<Approval, string> Schema = new(
        [.. Columns],
        Map,
        approval => approval.ApprovalNo,
        ApprovalNo,
        "approval_no");

    /// <param name="path">The file.</param>
    /// <param name="knownEnterprises">USCCs of the registry; approvals of other enterprises are rejected. Null to skip the check.</param>
    public static ImportResult<Approval> Import(string path, IReadOnlySet<string>? knownEnterprises = null)
        => TableImporter.Import(path, Schema, knownEnterprises);

    /// <param name="file">The file or a slice of it.</param>
    /// <param name="knownEnterprises">USCCs of the registry; approvals of other enterprises are rejected. Null to skip the check.</param>
    public static ImportResult<Approval> Import(InputFile file, IReadOnlySet<string>? knownEnterprises = null)
        => TableImporter.Import(file, Schema, knownEnterprises);

    private static Approval Map(RowContext row)
    {
        var approvalNo = row.RequiredText(ApprovalNo);
        var uscc = row.RequiredUscc(Uscc);
        var kind = row.RequiredChoice(Kind, Kinds);
        var matter = row.RequiredText(Matter);
        var department = row.RequiredText(Department);
        var grantedOn = row.RequiredDate(GrantedOn);
        var items = row.List(CommitmentItems);
        var verifiedOn = row.OptionalDate(VerifiedOn);
        var findingText = row.OptionalText(Verification);
        bool? finding = null;
        if (findingText is not null)
        {
            if (Findings.TryGetValue(findingText, out var found))
            {
                finding = found;
            }
            else
            {
                row.Error(Verification, $"not one of the allowed values: {string.Join(", ", Findings.Keys)}");
            }
        }

        if ((verifiedOn is null) != (findingText is null))
        {
            row.Error(verifiedOn is null ? VerifiedOn : Verification, "a verification needs both its date (verified_on) and its finding (verification)");
        }
        else if (verifiedOn < grantedOn)
        {
            row.Error(VerifiedOn, "the verification is dated before the approval");
        }

        return new Approval(approvalNo, uscc, kind ?? ApprovalKind.Commitment, matter, row.Shared(department), grantedOn ?? default, items, verifiedOn, finding);
    }
}
