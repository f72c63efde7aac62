using System.Globalization;
using Supervision.Rules.Language;
using Supervision.Rules.Scoring;

namespace Supervision.Rules.Explanation;

/// <summary>Values as explanations print them; a value the data lacks and the schema gives no default for is named so.</summary>
internal static class ValueText
{
    public const string Missing = "missing (no default)";

    public static string Of(Variable variable, DecisionFact fact)
    {
        if (!variable.IsNumericSlot)
        {
            return fact.Texts[variable.Slot] ?? Missing;
        }

        var value = fact.Numbers[variable.Slot];
        return double.IsNaN(value) ? Missing : variable.Type switch
        {
            VariableType.Boolean => value != 0 ? "true" : "false",
            _ => Of(value, variable.Type),
        };
    }

    public static string Of(double value, VariableType type) => type == VariableType.Date
        ? DateOnly.FromDayNumber((int)value).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : Number(value);

    public static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>"+5" or "−10" for points.</summary>
    public static string Points(double points) => points.ToString("+0.##;-0.##", CultureInfo.InvariantCulture);
}
