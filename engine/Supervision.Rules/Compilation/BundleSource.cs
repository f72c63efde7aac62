using Supervision.Rules.Analysis;
using Supervision.Rules.Bundle;
using Supervision.Rules.Diagnostics;

namespace Supervision.Rules.Compilation;

/// <summary>Loads, compiles and analyses a bundle directory in one step.</summary>
public static class BundleSource
{
    /// <summary>
    /// Returns the compiled bundle, or null with the diagnostics explaining why not. Decision-table analysis
    /// (overlaps, gaps, …) runs once the bundle loaded cleanly; its errors make the bundle unusable too.
    /// </summary>
    public static CompiledBundle? TryCompile(string directory, DiagnosticBag diagnostics)
    {
        var bundle = BundleLoader.Load(directory, diagnostics);
        if (bundle is null || diagnostics.HasErrors)
        {
            return null;
        }

        var compiled = BundleCompiler.Compile(bundle, diagnostics);
        TableAnalyzer.Analyze(bundle, compiled?.Catalog ?? new(bundle.Manifest, bundle.Indicators), diagnostics);
        return diagnostics.HasErrors ? null : compiled;
    }

    public static CompiledBundle Compile(string directory)
    {
        var diagnostics = new DiagnosticBag();
        return TryCompile(directory, diagnostics) ?? throw new BundleException(diagnostics.Sorted());
    }
}
