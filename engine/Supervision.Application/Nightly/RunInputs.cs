using System.Collections.Concurrent;
using Supervision.Data.Scoring;
using Supervision.Rules.Compilation;
using Supervision.Rules.Scoring;
using Supervision.Runs;

namespace Supervision.Application.Nightly;

/// <summary>
/// What the jobs of one run share in a process: the compiled bundle and its scoring engines. The data is not here:
/// each chunk job reads its own slices from the run store.
/// </summary>
/// <remarks>Thread-safe: chunk jobs on several workers share it; each borrows its own scoring engine.</remarks>
public sealed class RunInputs(CompiledBundle bundle)
{
    private readonly ConcurrentBag<ScoringEngine> _engines = [];

    public CompiledBundle Bundle { get; } = bundle;

    public FactBuilder Builder { get; } = new(bundle);

    /// <summary>An engine for one chunk; engines are reused so that the patterns NRules verified stay verified.</summary>
    public ScoringEngine RentEngine() => _engines.TryTake(out var engine) ? engine : new ScoringEngine(Bundle);

    public void ReturnEngine(ScoringEngine engine) => _engines.Add(engine);

    /// <summary>Refuses to work on a run planned with another bundle than this process has.</summary>
    public void Verify(RunRecord run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.BundleHash != Bundle.Bundle.ContentHash)
        {
            throw new InvalidOperationException(
                $"run {run.RunId} was planned with bundle {run.BundleHash}; this process has {Bundle.Bundle.ContentHash}");
        }
    }
}
