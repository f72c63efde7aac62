using System.Globalization;
using Supervision.Model.Indicators;
using Supervision.Model.Registry;

namespace Supervision.Synthetic;

/// <summary>How generated values are written: ISO dates, invariant numbers, true/false, lower-case codes, ';' lists.</summary>
internal static class CsvCells
{
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Date(DateOnly? date) => date is { } d ? Date(d) : null;

    public static string Boolean(bool value) => value ? "true" : "false";

    /// <summary>Shortest text that reads back as the same double (0.9, 320, 0.699).</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Yuan with at most two decimals and no trailing zeros (5000, 53456.78).</summary>
    public static string? Amount(decimal? amount) => amount?.ToString("0.##", CultureInfo.InvariantCulture);

    public static string List(IEnumerable<string> items) => string.Join(';', items);

    public static string Status(OperatingStatus status) => status switch
    {
        OperatingStatus.Operating => "operating",
        OperatingStatus.Dormant => "dormant",
        OperatingStatus.Revoked => "revoked",
        _ => "deregistered",
    };

    public static string RecordType(CreditRecordType type) => type switch
    {
        CreditRecordType.Penalty => "penalty",
        CreditRecordType.AbnormalOperation => "abnormal_operation",
        CreditRecordType.Blacklist => "blacklist",
        CreditRecordType.TaxGrade => "tax_grade",
        _ => "public_credit",
    };

    /// <summary>A safety-indicators.csv cell for a value of the importer's convention (see <see cref="GeneratedEnterprise.SafetyValues"/>).</summary>
    public static string? Indicator(IndicatorColumn column, object? value) => value switch
    {
        null => null,
        double d when column.Type == IndicatorType.Boolean => Boolean(d != 0),
        double d => Number(d),
        DateOnly date => Date(date),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}
