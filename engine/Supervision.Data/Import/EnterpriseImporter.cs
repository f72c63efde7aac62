using System.Text.RegularExpressions;
using Supervision.Model.Registry;

namespace Supervision.Data.Import;

/// <summary>Imports the enterprise registry (enterprises.csv), keyed by USCC.</summary>
public static partial class EnterpriseImporter
{
    public static readonly ColumnSpec Uscc = new("uscc", "统一社会信用代码");
    public static readonly ColumnSpec Name = new("name", "企业名称", MaxLength: ColumnSpec.NameMaxLength);
    public static readonly ColumnSpec IndustryCode = new("industry_code", "行业代码");
    public static readonly ColumnSpec Region = new("region", "区域");
    public static readonly ColumnSpec District = new("district", "街道", ColumnPresence.Optional);
    public static readonly ColumnSpec Grid = new("grid", "网格", ColumnPresence.Optional);
    public static readonly ColumnSpec RegistrationDate = new("registration_date", "成立日期");
    public static readonly ColumnSpec Status = new("status", "经营状态");
    public static readonly ColumnSpec NewBusinessForm = new("new_business_form", "新业态", ColumnPresence.Optional);

    /// <summary>The People's Republic was founded in 1949; earlier registration dates are typing errors.</summary>
    public const int EarliestRegistrationYear = 1949;

    /// <summary>
    /// The registry is imported without an as-of date, so a fixed bound: a registration date after 2100-12-31 (such as
    /// 9999-12-31, a "no date" placeholder) is a typing error, not a future enterprise.
    /// </summary>
    public const int LatestRegistrationYear = 2100;

    private static readonly Dictionary<string, OperatingStatus> Statuses = new(StringComparer.OrdinalIgnoreCase)
    {
        ["operating"] = OperatingStatus.Operating,
        ["dormant"] = OperatingStatus.Dormant,
        ["revoked"] = OperatingStatus.Revoked,
        ["deregistered"] = OperatingStatus.Deregistered,
        ["存续"] = OperatingStatus.Operating,
        ["在业"] = OperatingStatus.Operating,
        ["歇业"] = OperatingStatus.Dormant,
        ["吊销"] = OperatingStatus.Revoked,
        ["注销"] = OperatingStatus.Deregistered,
    };

    private static readonly TableSchema<Enterprise, string> Schema = new(
        [Uscc, Name, IndustryCode, Region, District, Grid, RegistrationDate, Status, NewBusinessForm],
        Map,
        enterprise => enterprise.Uscc,
        Uscc,
        "uscc");

    public static ImportResult<Enterprise> Import(string path) => TableImporter.Import(path, Schema);

    /// <param name="file">The registry or a slice of it.</param>
    public static ImportResult<Enterprise> Import(InputFile file) => TableImporter.Import(file, Schema);

    private static Enterprise Map(RowContext row)
    {
        var uscc = row.RequiredUscc(Uscc);
        var name = row.RequiredText(Name);
        var industryCode = row.RequiredText(IndustryCode);
        if (industryCode.Length > 0 && !IndustryCodePattern().IsMatch(industryCode))
        {
            row.Error(IndustryCode, "not a GB/T 4754 industry code (a section letter A-T and 2 to 4 digits, e.g. C2614)");
        }

        var region = row.RequiredText(Region);
        var district = row.OptionalText(District) ?? "";
        var grid = row.OptionalText(Grid) ?? "";
        var registrationDate = row.RequiredDate(RegistrationDate);
        if (registrationDate?.Year < EarliestRegistrationYear)
        {
            row.Error(RegistrationDate, $"registration date is before {EarliestRegistrationYear}");
        }
        else if (registrationDate?.Year > LatestRegistrationYear)
        {
            row.Error(RegistrationDate, $"registration date is after {LatestRegistrationYear}-12-31");
        }

        var status = row.RequiredChoice(Status, Statuses);
        var newBusinessForm = row.OptionalBoolean(NewBusinessForm, whenEmpty: false);
        return new Enterprise(uscc, name, industryCode, region, district, grid, registrationDate ?? default, status ?? default, newBusinessForm);
    }

    [GeneratedRegex("^[A-T]([0-9]{2}|[0-9]{3}|[0-9]{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex IndustryCodePattern();
}
