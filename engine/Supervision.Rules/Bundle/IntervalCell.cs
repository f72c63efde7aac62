using System.Globalization;

namespace Supervision.Rules.Bundle;

/// <summary>A numeric interval; infinite bounds stand for '&lt;x' and '&gt;x'.</summary>
public sealed record IntervalCell(double Low, bool LowInclusive, double High, bool HighInclusive) : CellTest
{
    public bool Contains(double value)
        => (LowInclusive ? value >= Low : value > Low) && (HighInclusive ? value <= High : value < High);

    public string Describe()
    {
        static string F(double v) => v.ToString("0.####", CultureInfo.InvariantCulture);
        if (double.IsNegativeInfinity(Low))
        {
            return (HighInclusive ? "≤ " : "< ") + F(High);
        }

        if (double.IsPositiveInfinity(High))
        {
            return (LowInclusive ? "≥ " : "> ") + F(Low);
        }

        return (LowInclusive ? "[" : "(") + F(Low) + ", " + F(High) + (HighInclusive ? "]" : ")");
    }
}
