using Supervision.Application.Bundles;
using Supervision.Rules.Bundle;
using Supervision.Rules.Compilation;
using Supervision.Rules.Diagnostics;
using Supervision.Storage.Reports;

namespace Supervision.Application.Reports;

/// <summary>
/// The analysts' reports under the rule bundle in force, for a long-running service: compiled on first use and again
/// whenever the bundle's content changes (a publication into the store, an edited directory), which each use checks by
/// the bundle's hash (a few small files read). A changed bundle that does not compile leaves the reports on the one that
/// did, as the nights keep the old rules running.
/// </summary>
/// <param name="store">The stored nights.</param>
/// <param name="rules">The rule bundle directory or publication store the nights read.</param>
/// <param name="dataDirectory">The service's data directory.</param>
/// <param name="plansDirectory">Where the plans are, for the coverage's caps.</param>
public sealed class ReportsInForce(RunReportStore store, string rules, string dataDirectory, string? plansDirectory)
{
    private readonly Lock gate = new();
    private RiskReports? current;
    private string? currentHash;

    /// <summary>The reports under the bundle in force now.</summary>
    /// <exception cref="InvalidOperationException">No bundle has compiled yet: the first one has errors.</exception>
    public RiskReports Current()
    {
        var resolved = BundlePublisher.Resolve(rules);
        var hash = BundleHasher.Hash(resolved);
        lock (gate)
        {
            if (current is not null && hash == currentHash)
            {
                return current;
            }

            var diagnostics = new DiagnosticBag();
            if (BundleSource.TryCompile(resolved, diagnostics) is { } bundle)
            {
                current = new RiskReports(store, bundle, dataDirectory, plansDirectory);
                currentHash = hash;
            }

            return current ?? throw new InvalidOperationException(
                $"the rule bundle {resolved} does not compile: {string.Join("; ", diagnostics.Sorted().Where(d => d.Severity == DiagnosticSeverity.Error).Take(3))}");
        }
    }
}
