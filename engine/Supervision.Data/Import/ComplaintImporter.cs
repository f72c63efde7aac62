using Supervision.Model.Import;
using Supervision.Model.Registry;

namespace Supervision.Data.Import;

/// <summary>
/// Imports complaints and reports (complaints.csv), keyed by the channel's reference: the same reference twice is one
/// complaint entered twice and is reported on the later line; a complaint about an enterprise not in the registry is
/// reported on its line.
/// </summary>
public static class ComplaintImporter
{
    public const string FileName = InputFiles.Complaints;

    public static readonly ColumnSpec Reference = new("reference", "工单号");
    public static readonly ColumnSpec Uscc = new("uscc", "统一社会信用代码");
    public static readonly ColumnSpec Date = new("date", "受理日期");
    public static readonly ColumnSpec Channel = new("channel", "渠道");
    public static readonly ColumnSpec Matter = new("matter", "事项", MaxLength: ColumnSpec.ListMaxLength);
    public static readonly ColumnSpec Verified = new("verified", "查证属实");

    /// <summary>The columns in the order the generator writes them.</summary>
    public static IReadOnlyList<ColumnSpec> Columns { get; } = [Reference, Uscc, Date, Channel, Matter, Verified];

    /// <summary>The channels, by every name the file may use, to the name the engine keeps.</summary>
    public static IReadOnlyDictionary<string, string> Channels { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["12315"] = "12315", ["12345"] = "12345",
        ["letter"] = "letter", ["来信"] = "letter",
        ["online"] = "online", ["网络"] = "online",
        ["visit"] = "visit", ["来访"] = "visit",
        ["referral"] = "referral", ["转办"] = "referral",
    };

    private static readonly TableSchema<Complaint, string> Schema = new(
        [.. Columns],
        Map,
        complaint => complaint.Reference,
        Reference,
        "reference");

    /// <param name="path">The file.</param>
    /// <param name="knownEnterprises">USCCs of the registry; complaints about other enterprises are rejected. Null to skip the check.</param>
    public static ImportResult<Complaint> Import(string path, IReadOnlySet<string>? knownEnterprises = null)
        => TableImporter.Import(path, Schema, knownEnterprises);

    /// <param name="file">The file or a slice of it.</param>
    /// <param name="knownEnterprises">USCCs of the registry; complaints about other enterprises are rejected. Null to skip the check.</param>
    public static ImportResult<Complaint> Import(InputFile file, IReadOnlySet<string>? knownEnterprises = null)
        => TableImporter.Import(file, Schema, knownEnterprises);

    private static Complaint Map(RowContext row)
    {
        var reference = row.RequiredText(Reference);
        var uscc = row.RequiredUscc(Uscc);
        var date = row.RequiredDate(Date);
        var channelText = row.RequiredText(Channel);
        if (channelText.Length > 0 && !Channels.ContainsKey(channelText))
        {
            row.Error(Channel, $"not one of the allowed values: {string.Join(", ", Channels.Keys)}");
        }

        var matter = row.RequiredText(Matter);
        var verified = row.RequiredBoolean(Verified);
        return new Complaint(reference, uscc, date ?? default, Channels.GetValueOrDefault(channelText, ""), matter, verified);
    }
}
