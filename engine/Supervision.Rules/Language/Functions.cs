using Supervision.Rules.Scoring;

namespace Supervision.Rules.Language;

/// <summary>
/// The only methods compiled conditions may call (see <see cref="ExpressionValidator"/>). All are pure: time comes
/// from the fact's as-of date, never from the clock.
/// </summary>
public static class Functions
{
    /// <summary>Functions regulators can write, with their arity and a one-line description.</summary>
    public static readonly IReadOnlyDictionary<string, (int Arity, string Description)> Catalog =
        new Dictionary<string, (int, string)>(StringComparer.Ordinal)
        {
            ["months_since"] = (1, "months_since(date): whole months from the date to the as-of date"),
            ["days_since"] = (1, "days_since(date): days from the date to the as-of date"),
            ["years_since"] = (1, "years_since(date): whole years from the date to the as-of date"),
            ["is_missing"] = (1, "is_missing(name): true when the indicator has no value (and no default)"),
            ["min"] = (2, "min(a, b): the smaller number"),
            ["max"] = (2, "max(a, b): the larger number"),
            ["abs"] = (1, "abs(a): the absolute value"),
            ["starts_with"] = (2, "starts_with(text, \"prefix\"): e.g. starts_with(industry_code, \"C26\")"),
            ["date"] = (1, "date(\"2024-01-01\"): a date constant"),
        };

    public static bool IsFunction(string name) => Catalog.ContainsKey(name);

    public static double Number(DecisionFact fact, int slot, string name)
    {
        var value = fact.Numbers[slot];
        return double.IsNaN(value) ? throw new MissingValueException(name) : value;
    }

    public static bool Flag(DecisionFact fact, int slot, string name) => Number(fact, slot, name) != 0;

    public static string Text(DecisionFact fact, int slot, string name)
        => fact.Texts[slot] ?? throw new MissingValueException(name);

    public static bool IsMissingNumber(DecisionFact fact, int slot) => double.IsNaN(fact.Numbers[slot]);

    public static bool IsMissingText(DecisionFact fact, int slot) => fact.Texts[slot] is null;

    public static double DaysSince(DecisionFact fact, double dayNumber) => fact.AsOfDay - dayNumber;

    public static double MonthsSince(DecisionFact fact, double dayNumber)
        => WholeMonths(DateOnly.FromDayNumber((int)dayNumber), DateOnly.FromDayNumber(fact.AsOfDay));

    public static double YearsSince(DecisionFact fact, double dayNumber) => Math.Floor(MonthsSince(fact, dayNumber) / 12);

    public static double Divide(double dividend, double divisor)
        => divisor == 0 ? throw new DivideByZeroException("division by zero in a rule condition") : dividend / divisor;

    public static bool StartsWith(string text, string prefix) => text.StartsWith(prefix, StringComparison.Ordinal);

    public static bool TextEquals(string left, string right) => string.Equals(left, right, StringComparison.Ordinal);

    /// <summary>Completed calendar months from <paramref name="from"/> to <paramref name="to"/>; negative when to is earlier.</summary>
    public static int WholeMonths(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -WholeMonths(to, from);
        }

        var months = ((to.Year - from.Year) * 12) + to.Month - from.Month;
        return to.Day < from.Day && !(to.Day == DateTime.DaysInMonth(to.Year, to.Month)) ? months - 1 : months;
    }
}
