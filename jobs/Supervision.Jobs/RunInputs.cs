using System.Collections.Concurrent;
using Supervision.Data.Import;
using Supervision.Data.Scoring;
using Supervision.Draws.Runs;
using Supervision.Rules.Compilation;
using Supervision.Rules.Scoring;

namespace Supervision.Jobs;

/// <summary>What the jobs of one run read, loaded once per process: the bundle, the imported population, the data fingerprint.</summary>
/// <remarks>Thread-safe: chunk jobs on several workers share it; each borrows its own scoring engine.</remarks>
internal sealed class RunInputs(CompiledBundle bundle, Population population, string dataHash)
{
    private readonly ConcurrentBag<ScoringEngine> _engines = [];

    public CompiledBundle Bundle { get; } = bundle;

    public FactBuilder Builder { get; } = new(bundle);

    public Population Population { get; } = population;

    public string DataHash { get; } = dataHash;

    /// <summary>An engine for one chunk; engines are reused so that the patterns NRules verified stay verified.</summary>
    public ScoringEngine RentEngine() => _engines.TryTake(out var engine) ? engine : new ScoringEngine(Bundle);

    public void ReturnEngine(ScoringEngine engine) => _engines.Add(engine);

    /// <summary>Refuses to work on a run planned with another bundle or other data than this process sees.</summary>
    public void Verify(RunRecord run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.BundleHash != Bundle.Bundle.ContentHash)
        {
            throw new InvalidOperationException(
                $"run {run.RunId} was planned with bundle {run.BundleHash}; this process has {Bundle.Bundle.ContentHash}");
        }

        if (run.DataHash != DataHash || run.Enterprises != Population.Enterprises.Count)
        {
            throw new InvalidOperationException(
                $"run {run.RunId} was planned on other data (fingerprint {run.DataHash}, {run.Enterprises} enterprises); "
                + $"this process reads {DataHash}, {Population.Enterprises.Count} enterprises");
        }
    }
}
