using Supervision.Application.Bundles;
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
        if (!Directory.Exists(directory))
        {
            Console.Error.WriteLine($"the rules directory '{directory}' does not exist; {whatWasNotDone} (give it with --rules)");
            return null;
        }

        var diagnostics = new DiagnosticBag();
        var bundle = LoadBundle.Run(directory, diagnostics, out directory);
        if (bundle is null)
        {
            diagnostics.Sorted().ToList().ForEach(d => Console.Error.WriteLine(d));
            Console.Error.WriteLine($"the rule bundle in '{directory}' has errors; {whatWasNotDone}");
        }

        return bundle;
    }

    /// <summary>The exit code of a failed <see cref="Load"/>: missing input when the directory is not there, else an invalid bundle.</summary>
    public static int FailureCode(string directory) => Directory.Exists(directory) ? ExitCodes.InvalidBundle : ExitCodes.MissingInput;
}
