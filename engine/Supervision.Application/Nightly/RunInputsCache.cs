using System.Collections.Concurrent;
using Supervision.Application.Bundles;
using Supervision.Rules.Compilation;
using Supervision.Rules.Diagnostics;
using Supervision.Runs;

namespace Supervision.Application.Nightly;

/// <summary>
/// Compiles each run's bundle once per process, however many chunk jobs of the run this process executes. A load that
/// fails is not cached, so a retried job loads again.
/// </summary>
public sealed class RunInputsCache(NightlySettings settings)
{
    private readonly ConcurrentDictionary<string, Lazy<RunInputs>> _runs = new(StringComparer.Ordinal);

    /// <summary>The inputs as this process sees them now (used to plan the run).</summary>
    public RunInputs Get(string runId)
    {
        var entry = _runs.GetOrAdd(runId, _ => new Lazy<RunInputs>(Load, LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            return entry.Value;
        }
        catch
        {
            _runs.TryRemove(KeyValuePair.Create(runId, entry));
            throw;
        }
    }

    /// <summary>The inputs of a planned run, checked against what the run was planned with.</summary>
    public RunInputs Get(RunRecord run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var inputs = Get(run.RunId);
        inputs.Verify(run);
        return inputs;
    }

    /// <summary>Frees a finished run's inputs.</summary>
    public void Evict(string runId) => _runs.TryRemove(runId, out _);

    /// <summary>The bundle the host was given, or else the bundle in force in the rules directory now (compiled afresh).</summary>
    public CompiledBundle BundleInForce()
    {
        if (settings.Bundle is { } given)
        {
            return given;
        }

        var diagnostics = new DiagnosticBag();
        var directory = BundlePublisher.Resolve(settings.RulesDirectory);
        return BundleSource.TryCompile(directory, diagnostics)
            ?? throw new InvalidOperationException($"the rule bundle in '{directory}' has errors: "
                + string.Join("; ", diagnostics.Sorted().Take(3)));
    }

    private RunInputs Load() => new(BundleInForce());
}
