using Supervision.Data.Import;
using Supervision.Model.Indicators;
using Supervision.Rules.Bundle;

namespace Supervision.Synthetic;

/// <summary>What to generate. The same options always give the same population, byte for byte.</summary>
/// <param name="Count">Number of enterprises, 0 to <see cref="MaxCount"/>.</param>
/// <param name="Seed">Seed of every draw.</param>
/// <param name="AsOf">Date the population describes: histories end on it and windows count back from it.</param>
/// <param name="SafetyColumns">Columns of safety-indicators.csv, in order (the bundle's indicators with source safety-indicators.csv).</param>
public sealed record SyntheticOptions(int Count, long Seed, DateOnly AsOf, IReadOnlyList<IndicatorColumn> SafetyColumns)
{
    /// <summary>Largest population: organisation codes stay unique up to 10^8, names up to 16,848; the cap keeps runs sane.</summary>
    public const int MaxCount = 10_000_000;

    /// <summary>Earliest as-of date: registrations start in 1995 and need two years before the recent window.</summary>
    public static readonly DateOnly EarliestAsOf = new(2000, 1, 1);

    /// <summary>
    /// Share of enterprises whose safety_training_rate cell is left empty. That indicator has no default, so the
    /// engine reports an evaluation error for them; 0 (the default, and what data-samples uses) keeps every cell filled.
    /// </summary>
    public double MissingShare { get; init; }

    /// <summary>Options whose safety columns are those <paramref name="bundle"/> reads from safety-indicators.csv, in its order.</summary>
    public static SyntheticOptions ForBundle(int count, long seed, DateOnly asOf, RuleBundle bundle)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        IndicatorColumn[] columns = [.. bundle.Indicators.Where(i => i.Source == PopulationLoader.SafetyIndicatorsFile).Select(i => i.ToColumn())];
        return new SyntheticOptions(count, seed, asOf, columns);
    }

    /// <summary>The seed as the unsigned value the random streams use.</summary>
    public ulong StreamSeed => unchecked((ulong)Seed);

    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    /// <exception cref="ArgumentException">Two safety columns share a name, or one is named uscc.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(Count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Count, MaxCount);
        ArgumentOutOfRangeException.ThrowIfLessThan(AsOf, EarliestAsOf);
        ArgumentOutOfRangeException.ThrowIfNegative(MissingShare);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MissingShare, 1);
        ArgumentNullException.ThrowIfNull(SafetyColumns);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "uscc" };
        foreach (var column in SafetyColumns)
        {
            if (!names.Add(column.Name))
            {
                throw new ArgumentException($"Safety column '{column.Name}' is declared twice or is named uscc.", nameof(SafetyColumns));
            }
        }
    }
}
