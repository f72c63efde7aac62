namespace Supervision.Benchmarks;

/// <summary>What one benchmark child process measured.</summary>
/// <param name="Variant">generate, handwritten, memoized, rulesengine or direct.</param>
/// <param name="Count">Enterprises processed.</param>
/// <param name="GenerationSeconds">Time spent generating the population and building facts (not scoring).</param>
/// <param name="ScoringSeconds">Time spent scoring.</param>
/// <param name="PeakMegabytes">Peak working set of the process.</param>
/// <param name="CategoryChecksum">FNV-1a over every enterprise's category and ratio, in order.</param>
/// <param name="FullChecksum">FNV-1a over every enterprise's scores, levels, classes, category, ratio and regime (engines only).</param>
/// <param name="Note">Engine counters.</param>
internal sealed record VariantResult(
    string Variant, int Count, double GenerationSeconds, double ScoringSeconds, double PeakMegabytes, string CategoryChecksum, string FullChecksum, string Note);
