using Supervision.Data.Scoring;
using Supervision.Rules.Compilation;
using Supervision.Rules.Diagnostics;
using Supervision.Rules.Tolerance;

namespace Supervision.Application.Bundles;

/// <summary>
/// `rules check`, for the CLI and a regulator's review page alike: the bundle's schema, every condition, the decision
/// tables (overlaps, gaps with a counterexample, masked, duplicate and unreachable rows) and the tolerance list, each
/// problem at its file:line:column.
/// </summary>
public static class CheckBundle
{
    /// <summary>Checks the bundle directory <paramref name="directory"/> (which must exist).</summary>
    public static BundleCheck Run(string directory)
    {
        var diagnostics = new DiagnosticBag();
        var bundle = BundleSource.TryCompile(directory, diagnostics);
        var hasList = ToleranceListLoader.Exists(directory);
        var list = hasList ? ToleranceListLoader.Load(directory, diagnostics) : null;
        if (bundle is not null && list is not null)
        {
            // The list's conditions may read only indicators the bundle declares.
            ToleranceListLoader.CheckAgainst(list, [.. new FactBuilder(bundle).SafetyColumns.Select(c => c.Name)], diagnostics);
        }

        var usable = bundle is not null && (!hasList || list is not null) && !diagnostics.HasErrors;
        return new BundleCheck(usable ? bundle : null, usable ? list : null, diagnostics.Sorted());
    }
}
