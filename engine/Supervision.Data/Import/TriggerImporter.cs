using Supervision.Draws.Drawing;
using Supervision.Model.Import;

namespace Supervision.Data.Import;

/// <summary>Imports case leads (triggers.csv): complaints, big-data alerts, referrals and assignments.</summary>
public static class TriggerImporter
{
    public const string FileName = InputFiles.Triggers;

    public static readonly ColumnSpec Uscc = new("uscc", "统一社会信用代码");
    public static readonly ColumnSpec Date = new("date", "日期");
    public static readonly ColumnSpec Kind = new("kind", "线索类型");
    public static readonly ColumnSpec Reference = new("reference", "编号");

    private static readonly Dictionary<string, string> Kinds = new(StringComparer.Ordinal)
    {
        ["complaint"] = "complaint", ["投诉举报"] = "complaint",
        ["alert"] = "alert", ["大数据预警"] = "alert",
        ["referral"] = "referral", ["转办"] = "referral",
        ["assignment"] = "assignment", ["交办"] = "assignment",
    };

    private static readonly TableSchema<TriggerRecord, (string, DateOnly, string)> Schema = new(
        [Uscc, Date, Kind, Reference],
        Map,
        trigger => (trigger.Uscc, trigger.Date, trigger.Reference),
        null,
        "(uscc, date, reference)");

    public static ImportResult<TriggerRecord> Import(string path, IReadOnlySet<string>? knownEnterprises = null)
        => TableImporter.Import(path, Schema, knownEnterprises);

    /// <param name="file">The file or a slice of it.</param>
    /// <param name="knownEnterprises">USCCs of the registry; leads of other enterprises are rejected. Null to skip the check.</param>
    public static ImportResult<TriggerRecord> Import(InputFile file, IReadOnlySet<string>? knownEnterprises = null)
        => TableImporter.Import(file, Schema, knownEnterprises);

    private static TriggerRecord Map(RowContext row)
    {
        var uscc = row.RequiredUscc(Uscc);
        var date = row.RequiredDate(Date);
        var kindText = row.RequiredText(Kind);
        if (kindText.Length > 0 && !Kinds.ContainsKey(kindText))
        {
            row.Error(Kind, $"not one of the allowed values: {string.Join(", ", Kinds.Keys)}");
        }

        return new TriggerRecord(uscc, date ?? default, Kinds.GetValueOrDefault(kindText, ""), row.RequiredText(Reference));
    }
}
