using Supervision.Model.Indicators;
using Supervision.Model.Randomness;

namespace Supervision.Synthetic;

/// <summary>
/// Lays drawn safety values out along the declared columns. Known indicators get their drawn value (converted to the
/// declared type and clamped to its bounds); any other declared column gets a plausible value of its type from a
/// stream of its own, so that declaring a column does not change the values of the others.
/// </summary>
internal static class SafetyRow
{
    private const double ExtraTrueShare = 0.1;

    public static object?[] Build(
        IReadOnlyList<IndicatorColumn> columns, IReadOnlyDictionary<string, double> known, ulong seed, long index, DateOnly asOf, bool trainingMissing)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(known);
        var row = new object?[columns.Count];
        for (var c = 0; c < columns.Count; c++)
        {
            var column = columns[c];
            if (trainingMissing && column.Name == SafetyValues.SafetyTrainingRate)
            {
                continue;
            }

            row[c] = known.TryGetValue(column.Name, out var value) && column.Type is IndicatorType.Number or IndicatorType.Integer or IndicatorType.Boolean
                ? Convert(column, value)
                : Extra(column, SeededRandom.Derive(seed ^ SeededRandom.StableHash(column.Name), (ulong)RandomStream.ExtraColumn, index), asOf);
        }

        return row;
    }

    private static double Convert(IndicatorColumn column, double value) => column.Type switch
    {
        IndicatorType.Boolean => value != 0 ? 1 : 0,
        IndicatorType.Integer => Clamp(column, Math.Round(value)),
        _ => Clamp(column, value),
    };

    private static object? Extra(IndicatorColumn column, SeededRandom random, DateOnly asOf)
    {
        var min = column.Min ?? 0;
        switch (column.Type)
        {
            case IndicatorType.Boolean:
                return random.Bernoulli(ExtraTrueShare) ? 1.0 : 0.0;
            case IndicatorType.Integer:
                // Small counts, mostly 0: a geometric draw capped at the bound.
                var count = Math.Ceiling(min);
                while (random.Bernoulli(0.35) && count < (column.Max ?? min + 10))
                {
                    count++;
                }

                return Clamp(column, count);
            case IndicatorType.Number:
                var max = column.Max ?? min + 100;
                return Clamp(column, Math.Round(min + (random.NextDouble() * (max - min)), 2));
            case IndicatorType.Date:
                return asOf.AddDays(-random.NextInt(0, 3 * 365));
            case IndicatorType.Enum:
                return column.AllowedValues.Count > 0 ? random.Pick(column.AllowedValues) : null;
            default:
                return $"{column.Name}-{random.NextInt(1, 99):D2}";
        }
    }

    private static double Clamp(IndicatorColumn column, double value)
        => Math.Min(Math.Max(value, column.Min ?? double.NegativeInfinity), column.Max ?? double.PositiveInfinity);
}
