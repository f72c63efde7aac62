using Supervision.Rules.Language;

namespace Supervision.Benchmarks;

/// <summary>Our rule functions, exposed to RulesEngine through <c>ReSettings.CustomTypes</c>.</summary>
public static class RulesEngineFunctions
{
    public static double MonthsSince(int asOfDay, double day)
        => Functions.WholeMonths(DateOnly.FromDayNumber((int)day), DateOnly.FromDayNumber(asOfDay));

    public static double DaysSince(int asOfDay, double day) => asOfDay - day;

    public static bool StartsWith(string text, string prefix) => text.StartsWith(prefix, StringComparison.Ordinal);
}
