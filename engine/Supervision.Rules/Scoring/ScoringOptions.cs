namespace Supervision.Rules.Scoring;

/// <summary>How the engine runs; none of these change results, only speed.</summary>
/// <param name="Mode">Memoized (default) or Direct.</param>
/// <param name="Parallelism">Worker threads; defaults to all cores.</param>
/// <param name="SessionBatch">Facts per NRules session; about a hundred is the measured sweet spot.</param>
/// <param name="Chunk">Enterprises read ahead and scored together; bounds memory when streaming.</param>
public sealed record ScoringOptions(EngineMode Mode = EngineMode.Memoized, int Parallelism = 0, int SessionBatch = 100, int Chunk = 16_384)
{
    public int Threads => Parallelism > 0 ? Parallelism : Environment.ProcessorCount;
}
