using Supervision.Data.Scoring;
using Supervision.Rules.Compilation;
using Supervision.Rules.Diagnostics;

namespace Supervision.Cli.Commands;

/// <summary>Loads the bundle a verb needs; on errors prints every diagnostic to stderr and says nothing was done.</summary>
internal static class BundleLoading
{
    public static CompiledBundle? Load(string directory, string whatWasNotDone)
    {
        var diagnostics = new DiagnosticBag();
        var bundle = BundleSource.TryCompile(directory, diagnostics);
        if (bundle is null)
        {
            diagnostics.Sorted().ToList().ForEach(d => Console.Error.WriteLine(d));
            Console.Error.WriteLine($"the rule bundle in '{directory}' has errors; {whatWasNotDone}");
        }

        return bundle;
    }
}
