using Supervision.Rules.Compilation;
using Supervision.Rules.Diagnostics;

namespace Supervision.Application.Bundles;

/// <summary>
/// The bundle a use case runs under: a bundle directory, or a publication store meaning the bundle in force there,
/// loaded, compiled and its decision tables analysed.
/// </summary>
public static class LoadBundle
{
    /// <summary>The compiled bundle of <paramref name="directory"/>, or null with the reasons in <paramref name="diagnostics"/>.</summary>
    /// <param name="directory">A bundle directory or a publication store (which must exist).</param>
    /// <param name="diagnostics">Receives every problem found.</param>
    /// <param name="resolved">The bundle directory actually read (the store's current bundle for a store).</param>
    public static CompiledBundle? Run(string directory, DiagnosticBag diagnostics, out string resolved)
    {
        resolved = BundlePublisher.Resolve(directory);
        return BundleSource.TryCompile(resolved, diagnostics);
    }
}
