using Supervision.Data.Import;
using Supervision.Data.Scoring;
using Supervision.Rules.Scoring;
using Supervision.Tests.Support;

namespace Supervision.Tests.Scoring;

/// <summary>Scores data-samples with the shipped bundle and renders the assessments export as text.</summary>
internal static class SampleScoring
{
    public static readonly DateOnly AsOf = new(2026, 11, 27);

    public static byte[] ScoreToCsv(EngineMode mode, int parallelism = 0)
    {
        var bundle = ShippedBundle.Bundle;
        var builder = new FactBuilder(bundle);
        var population = PopulationLoader.Load(RepoPaths.DataSamples, builder.SafetyColumns);
        var engine = new ScoringEngine(bundle, new ScoringOptions(mode, parallelism));
        using var stream = new MemoryStream();
        AssessmentCsv.Write(stream, engine.Score(PopulationInputs.For(population, builder, AsOf), AsOf), bundle);
        return stream.ToArray();
    }
}
