using Supervision.Data.Publishing;
using Supervision.Data.Scoring;
using Supervision.Rules.Compilation;
using Supervision.Rules.Diagnostics;

namespace Supervision.Cli.Commands;

/// <summary>
/// Loads the bundle a verb needs — a bundle directory, or a publication store meaning the bundle in force there; on
/// errors prints every diagnostic to stderr and says nothing was done.
/// </summary>
internal static class BundleLoading
{
    public static CompiledBundle? Load(string directory, string whatWasNotDone)
    {
        var diagnostics = new DiagnosticBag();
        directory = BundlePublisher.Resolve(directory);
        var bundle = BundleSource.TryCompile(directory, diagnostics);
        if (bundle is null)
        {
            diagnostics.Sorted().ToList().ForEach(d => Console.Error.WriteLine(d));
            Console.Error.WriteLine($"the rule bundle in '{directory}' has errors; {whatWasNotDone}");
        }

        return bundle;
    }
}
