using Supervision.Data.Import;
using Supervision.Data.Scoring;
using Supervision.Data.WhatIf;
using Supervision.Rules.Compilation;
using Supervision.Tests.Support;

namespace Supervision.Tests.WhatIf;

/// <summary>
/// The shipped bundle against a candidate whose LEC band for −10 points starts at 150 instead of 160 (and the −5 band
/// ends there), diffed once on data-samples for every test of the class.
/// </summary>
public sealed class TightenedLecDiff : IDisposable
{
    public const int ExplanationLimit = 5;

    private readonly BundleCopy _candidate = new();

    public TightenedLecDiff()
    {
        _candidate.Replace("evaluation/safety.yaml", "when: lec_max >= 160 and lec_max <= 320", "when: lec_max >= 150 and lec_max <= 320");
        _candidate.Replace("evaluation/safety.yaml", "when: lec_max >= 70 and lec_max < 160", "when: lec_max >= 70 and lec_max < 150");
        Base = ShippedBundle.Bundle;
        Candidate = _candidate.Compile().Bundle ?? throw new InvalidOperationException("the candidate bundle does not compile");
        Population = Load(Base, Candidate, RepoPaths.DataSamples);
        Report = RulesDiff.Run(Base, Candidate, Population, AsOf, ExplanationLimit);
    }

    public static DateOnly AsOf { get; } = new(2026, 11, 27);

    public string CandidateDirectory => _candidate.Directory;

    internal CompiledBundle Base { get; }

    internal CompiledBundle Candidate { get; }

    internal Population Population { get; }

    internal RulesDiffReport Report { get; }

    /// <summary>Imports a data directory once with the indicator columns of both bundles, as the CLI does.</summary>
    internal static Population Load(CompiledBundle first, CompiledBundle second, string directory)
    {
        var columns = IndicatorColumnUnion.Merge(new FactBuilder(first).SafetyColumns, new FactBuilder(second).SafetyColumns, out var conflict)
            ?? throw new InvalidOperationException(conflict);
        return PopulationLoader.Load(directory, columns);
    }

    public void Dispose() => _candidate.Dispose();
}
