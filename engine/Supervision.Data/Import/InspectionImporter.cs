using Supervision.Model.Registry;

namespace Supervision.Data.Import;

/// <summary>Imports the inspection history (inspections.csv), keyed by inspection_id.</summary>
internal static class InspectionImporter
{
    public static readonly ColumnSpec InspectionId = new("inspection_id", "检查编号");
    public static readonly ColumnSpec Uscc = new("uscc", "统一社会信用代码");
    public static readonly ColumnSpec Date = new("date", "检查日期");
    public static readonly ColumnSpec Department = new("department", "检查部门", MaxLength: ColumnSpec.NameMaxLength);
    public static readonly ColumnSpec Inspectors = new("inspectors", "检查人员", MaxLength: ColumnSpec.ListMaxLength);
    public static readonly ColumnSpec ViolationFound = new("violation_found", "发现违法");
    public static readonly ColumnSpec Items = new("items", "检查事项", ColumnPresence.Optional, ColumnSpec.ListMaxLength);

    private static readonly TableSchema<InspectionRecord, string> Schema = new(
        [InspectionId, Uscc, Date, Department, Inspectors, ViolationFound, Items],
        Map,
        inspection => inspection.InspectionId,
        InspectionId,
        "inspection_id");

    /// <param name="path">The file.</param>
    /// <param name="knownEnterprises">USCCs of the registry; rows of other enterprises are rejected. Null to skip the check.</param>
    public static ImportResult<InspectionRecord> Import(string path, IReadOnlySet<string>? knownEnterprises = null)
        => TableImporter.Import(path, Schema, knownEnterprises);

    /// <param name="file">The file or a slice of it.</param>
    /// <param name="knownEnterprises">USCCs of the registry; rows of other enterprises are rejected. Null to skip the check.</param>
    public static ImportResult<InspectionRecord> Import(InputFile file, IReadOnlySet<string>? knownEnterprises = null)
        => TableImporter.Import(file, Schema, knownEnterprises);

    private static InspectionRecord Map(RowContext row)
    {
        var inspectionId = row.RequiredText(InspectionId);
        var uscc = row.RequiredUscc(Uscc);
        var date = row.RequiredDate(Date);
        var department = row.RequiredText(Department);
        var inspectors = row.List(Inspectors);
        if (inspectors.Count == 0)
        {
            row.Error(Inspectors, "at least one inspector id is required (ids separated by ';')");
        }
        else if (HasRepeat(inspectors))
        {
            // A repeated id would make a one-person visit look like a team.
            row.Error(Inspectors, "an inspector id is listed more than once");
        }

        var violationFound = row.RequiredBoolean(ViolationFound);
        var items = row.List(Items);
        return new InspectionRecord(inspectionId, uscc, date ?? default, row.Shared(department), Shared(row, inspectors), violationFound,
            Shared(row, items));
    }

    private static string[] Shared(RowContext row, IReadOnlyList<string> values)
    {
        // The list is the row's own fresh array: its entries are replaced by the file's shared instances in place.
        var shared = values as string[] ?? new string[values.Count];
        for (var i = 0; i < shared.Length; i++)
        {
            shared[i] = row.Shared(values[i]);
        }

        return shared;
    }

    private static bool HasRepeat(IReadOnlyList<string> values)
    {
        // Teams are a handful of ids: pairwise comparison beats building a set per row (a set for a long list).
        if (values.Count > 16)
        {
            return values.Distinct(StringComparer.Ordinal).Count() != values.Count;
        }

        for (var i = 1; i < values.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (string.Equals(values[i], values[j], StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
