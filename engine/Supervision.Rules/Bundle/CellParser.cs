using System.Globalization;
using Supervision.Model.Indicators;

namespace Supervision.Rules.Bundle;

/// <summary>Parses the unary-test language of decision-table cells; returns null and a reason on bad input.</summary>
internal static class CellParser
{
    public static CellTest? Parse(string raw, bool numeric, out string? error)
    {
        error = null;
        var text = raw.Trim();
        if (text is "-" or "")
        {
            return new AnyCell { Text = text.Length == 0 ? "-" : text };
        }

        return numeric ? ParseNumeric(text, out error) : ParseValues(text, out error);
    }

    public static IntervalCell? ParseNumeric(string text, out string? error)
    {
        var cell = ParseInterval(text, out error);
        if (cell is not null && (Unsane(cell.Low) ?? Unsane(cell.High)) is { } bound)
        {
            error = $"'{text}': the number {bound.ToString(CultureInfo.InvariantCulture)} is beyond ±10^15, the largest magnitude a bundle may write";
            return null;
        }

        return cell;
    }

    // An open end is written as an infinity; a number written out must be a sane constant.
    private static double? Unsane(double bound) => double.IsFinite(bound) && !NumericLimits.IsSaneConstant(bound) ? bound : null;

    private static IntervalCell? ParseInterval(string text, out string? error)
    {
        error = null;
        if (text.Length >= 2 && (text[0] is '[' or '(') && (text[^1] is ']' or ')'))
        {
            var parts = text[1..^1].Split("..", StringSplitOptions.TrimEntries);
            var low = parts.Length == 2 && parts[0].Length == 0 ? double.NegativeInfinity : double.NaN;
            var high = parts.Length == 2 && parts[1].Length == 0 ? double.PositiveInfinity : double.NaN;
            if (parts.Length == 2
                && (parts[0].Length == 0 || TryNumber(parts[0], out low))
                && (parts[1].Length == 0 || TryNumber(parts[1], out high)))
            {
                if (low > high)
                {
                    error = $"interval '{text}' is empty: its lower bound is above its upper bound";
                    return null;
                }

                return new IntervalCell(low, text[0] == '[', high, text[^1] == ']') { Text = text };
            }

            error = $"'{text}' is not an interval; write e.g. [60..75) or [90..100]";
            return null;
        }

        foreach (var (op, lowIncl, highIncl, below) in Operators)
        {
            if (text.StartsWith(op, StringComparison.Ordinal) && TryNumber(text[op.Length..].Trim(), out var bound))
            {
                return below
                    ? new IntervalCell(double.NegativeInfinity, false, bound, highIncl) { Text = text }
                    : new IntervalCell(bound, lowIncl, double.PositiveInfinity, false) { Text = text };
            }
        }

        if (TryNumber(text.TrimStart('='), out var exact))
        {
            return new IntervalCell(exact, true, exact, true) { Text = text };
        }

        error = $"'{text}' is not a numeric test; write -, [a..b], [a..b), <x, <=x, >x, >=x or a number";
        return null;
    }

    private static readonly (string Op, bool LowInclusive, bool HighInclusive, bool Below)[] Operators =
    [
        ("<=", false, true, true), (">=", true, false, false), ("<", false, false, true), (">", false, false, false),
    ];

    private static ValueSetCell? ParseValues(string text, out string? error)
    {
        error = null;
        var negated = text.StartsWith("not(", StringComparison.Ordinal) && text.EndsWith(')');
        var body = negated ? text[4..^1] : text;
        var values = body.Split(',', StringSplitOptions.TrimEntries);
        if (values.Any(v => v.Length == 0))
        {
            error = $"'{text}' has an empty value; write e.g. A or A,B or not(D)";
            return null;
        }

        return new ValueSetCell(values, negated) { Text = text };
    }

    private static bool TryNumber(string text, out double value)
    {
        var percent = text.EndsWith('%');
        var ok = double.TryParse(percent ? text[..^1] : text, NumberStyles.Float, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);
        if (ok && percent)
        {
            value /= 100;
        }

        return ok;
    }
}
