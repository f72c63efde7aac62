using Supervision.Model.Registry;

namespace Supervision.Data.Import;

/// <summary>Imports the inspector directory (inspectors.csv), keyed by inspector_id.</summary>
public static class InspectorImporter
{
    public static readonly ColumnSpec InspectorId = new("inspector_id", "人员编号");
    public static readonly ColumnSpec Name = new("name", "姓名", MaxLength: ColumnSpec.NameMaxLength);
    public static readonly ColumnSpec Department = new("department", "部门", MaxLength: ColumnSpec.NameMaxLength);
    public static readonly ColumnSpec CertificateNo = new("certificate_no", "执法证号");
    public static readonly ColumnSpec CertificateValidTo = new("certificate_valid_to", "证件有效期");
    public static readonly ColumnSpec Region = new("region", "区域");
    public static readonly ColumnSpec Certifications = new("certifications", "资质", ColumnPresence.Optional, ColumnSpec.ListMaxLength);
    public static readonly ColumnSpec Conflicts = new("conflicts", "回避企业", ColumnPresence.Optional, ColumnSpec.ListMaxLength);

    private static readonly TableSchema<Inspector, string> Schema = new(
        [InspectorId, Name, Department, CertificateNo, CertificateValidTo, Region, Certifications, Conflicts],
        Map,
        inspector => inspector.InspectorId,
        InspectorId,
        "inspector_id");

    public static ImportResult<Inspector> Import(string path) => TableImporter.Import(path, Schema);

    /// <param name="file">The file or a slice of it.</param>
    public static ImportResult<Inspector> Import(InputFile file) => TableImporter.Import(file, Schema);

    private static Inspector Map(RowContext row)
    {
        var inspectorId = row.RequiredText(InspectorId);
        var name = row.RequiredText(Name);
        var department = row.RequiredText(Department);
        var certificateNo = row.RequiredText(CertificateNo);
        var certificateValidTo = row.RequiredDate(CertificateValidTo);
        var region = row.RequiredText(Region);
        var certifications = row.List(Certifications);
        var conflicts = row.List(Conflicts);
        for (var i = 0; i < conflicts.Count; i++)
        {
            // Conflicts may name enterprises outside the zone, so they are not checked against the registry.
            if (Uscc.Validate(conflicts[i]) is { } reason)
            {
                row.Error(Conflicts, $"entry {i + 1}: {reason}");
            }
        }

        return new Inspector(
            inspectorId, name, department, certificateNo, certificateValidTo ?? default, region, certifications, conflicts);
    }
}
