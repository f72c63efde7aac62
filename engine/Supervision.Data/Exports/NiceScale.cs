using System.Globalization;

namespace Supervision.Data.Exports;

/// <summary>
/// An axis from <see cref="Min"/> to <see cref="Max"/> in ticks of <see cref="Step"/>, a "nice" step of 1, 2 or 5 × 10^n
/// (Heckbert's labelling), that always contains zero so that bars and lines are read against a zero baseline.
/// All values zero gives 0 to 1.
/// </summary>
internal sealed record NiceScale(double Min, double Max, double Step)
{
    public static NiceScale For(double low, double high, int maxTicks = 5)
    {
        low = Math.Min(0, double.IsFinite(low) ? low : 0);
        high = Math.Max(0, double.IsFinite(high) ? high : 0);
        if (high - low <= 0)
        {
            high = 1;
        }

        var step = Nice(Nice(high - low, round: false) / (maxTicks - 1), round: true);
        // The epsilon keeps 0.003 / 0.001 = 3.0000000000000004 from adding a tick.
        return new NiceScale(Math.Floor((low / step) + 1e-9) * step, Math.Ceiling((high / step) - 1e-9) * step, step);
    }

    /// <summary>Decimals that print every tick exactly: 0 for a step of 1 or more, 1 for 0.5, 2 for 0.05 …</summary>
    public int Decimals => Math.Max(0, (int)-Math.Floor(Math.Log10(Step) + 1e-9));

    /// <summary>The tick values, from <see cref="Min"/> to <see cref="Max"/>, rounded to <see cref="Decimals"/>.</summary>
    public IReadOnlyList<double> Ticks
    {
        get
        {
            var count = (int)Math.Round((Max - Min) / Step);
            return [.. Enumerable.Range(0, count + 1).Select(i => Math.Round(Min + (i * Step), Decimals) + 0.0)];
        }
    }

    /// <summary>Where <paramref name="value"/> falls between <paramref name="from"/> (at <see cref="Min"/>) and <paramref name="to"/>.</summary>
    public double Map(double value, double from, double to) => from + ((value - Min) / (Max - Min) * (to - from));

    /// <summary>A tick label: invariant culture, thousands separated, never "-0".</summary>
    public string Format(double tick) => ChartText.Number(tick, Decimals);

    private static double Nice(double x, bool round)
    {
        var exponent = Math.Floor(Math.Log10(x));
        var power = Math.Pow(10, exponent);
        var fraction = x / power;
        var nice = round
            ? fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10
            : fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return double.Parse((nice * power).ToString("G15", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }
}
