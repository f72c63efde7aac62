namespace Supervision.Rules.Language;

/// <summary>
/// The values a number expression can take, as far as the declared ranges tell: a closed interval (infinite ends for
/// "unknown"), and whether 0 is known to be excluded even though it lies between the ends (after a guard `x &gt; 0`).
/// </summary>
internal readonly record struct NumberSpan(double Low, double High, bool NonZero)
{
    public static NumberSpan Unknown { get; } = new(double.NegativeInfinity, double.PositiveInfinity, false);

    public static NumberSpan Constant(double value) => new(value, value, value != 0);

    public bool IsZero => Low == 0 && High == 0;

    public bool ExcludesZero => NonZero || Low > 0 || High < 0;

    public NumberSpan Negate() => new(-High, -Low, NonZero);

    public NumberSpan Add(NumberSpan other)
    {
        var low = Low + other.Low;
        var high = High + other.High;
        // Two values of one sign, one of them not 0, never sum to 0.
        var nonZero = (Low >= 0 && other.Low >= 0 && (ExcludesZero || other.ExcludesZero))
            || (High <= 0 && other.High <= 0 && (ExcludesZero || other.ExcludesZero));
        return double.IsNaN(low) || double.IsNaN(high) ? Unknown : new(low, high, nonZero);
    }

    public NumberSpan Multiply(NumberSpan other)
    {
        double[] corners = [Low * other.Low, Low * other.High, High * other.Low, High * other.High];
        return corners.Any(double.IsNaN)
            ? Unknown with { NonZero = ExcludesZero && other.ExcludesZero }
            : new(corners.Min(), corners.Max(), ExcludesZero && other.ExcludesZero);
    }

    public NumberSpan Divide(NumberSpan divisor)
        => divisor.Low > 0 || divisor.High < 0
            ? Multiply(new NumberSpan(1 / divisor.High, 1 / divisor.Low, true))
            : Unknown with { NonZero = ExcludesZero };

    /// <summary>What is known of the value once <c>value op constant</c> is known to hold.</summary>
    public NumberSpan Narrow(string op, double constant) => op switch
    {
        ">" => new(Math.Max(Low, constant), High, NonZero || constant >= 0),
        ">=" => new(Math.Max(Low, constant), High, NonZero || constant > 0),
        "<" => new(Low, Math.Min(High, constant), NonZero || constant <= 0),
        "<=" => new(Low, Math.Min(High, constant), NonZero || constant < 0),
        "==" => new(Math.Max(Low, constant), Math.Min(High, constant), NonZero || constant != 0),
        "!=" => this with { NonZero = NonZero || constant == 0 },
        _ => this,
    };
}
