using Supervision.Rules.Bundle;
using Supervision.Rules.Compilation;
using Supervision.Rules.Diagnostics;

namespace Supervision.Data.Scoring;

/// <summary>Loads and compiles a bundle directory in one step.</summary>
internal static class BundleSource
{
    /// <summary>Returns the compiled bundle, or null with the diagnostics explaining why not.</summary>
    public static CompiledBundle? TryCompile(string directory, DiagnosticBag diagnostics)
    {
        var bundle = BundleLoader.Load(directory, diagnostics);
        return bundle is null || diagnostics.HasErrors ? null : BundleCompiler.Compile(bundle, diagnostics);
    }

    public static CompiledBundle Compile(string directory)
    {
        var diagnostics = new DiagnosticBag();
        return TryCompile(directory, diagnostics) ?? throw new BundleException(diagnostics.Sorted());
    }
}
