using Supervision.Synthetic;

namespace Supervision.Tests.Synthetic;

/// <summary>Populations shared by the synthetic tests, generated once per test run.</summary>
internal static class Populations
{
    public const int SampleCount = 4000;
    public const long SampleSeed = 20261127;

    public static readonly DateOnly SampleAsOf = new(2026, 11, 27);

    private static readonly Lazy<(PopulationGenerator Generator, IReadOnlyList<GeneratedEnterprise> Enterprises)> LazySample = new(() =>
    {
        var generator = new PopulationGenerator(SampleOptions());
        return (generator, generator.Enterprises().ToList());
    });

    /// <summary>The data-samples population: 4,000 enterprises, seed 20261127, as of 2026-11-27.</summary>
    public static IReadOnlyList<GeneratedEnterprise> Sample => LazySample.Value.Enterprises;

    public static PopulationGenerator SampleGenerator => LazySample.Value.Generator;

    public static SyntheticOptions SampleOptions() => SyntheticOptions.ForBundle(SampleCount, SampleSeed, SampleAsOf, Repository.DefaultBundle);

    public static int Column(string name)
    {
        var index = Repository.SafetyColumns.Select(c => c.Name).ToList().IndexOf(name);
        return index >= 0 ? index : throw new ArgumentException($"no safety column {name}", nameof(name));
    }
}
