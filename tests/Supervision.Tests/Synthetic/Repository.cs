using Supervision.Model.Indicators;
using Supervision.Rules.Bundle;
using Supervision.Rules.Compilation;
using Supervision.Rules.Diagnostics;

namespace Supervision.Tests.Synthetic;

/// <summary>Paths and artefacts of the repository the tests run from.</summary>
internal static class Repository
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);
    private static readonly Lazy<RuleBundle> LazyBundle = new(LoadBundle);
    private static readonly Lazy<CompiledBundle> LazyCompiled = new(() => BundleSource.Compile(RulesDirectory));

    /// <summary>The directory holding Supervision.sln, found by walking up from the test binaries.</summary>
    public static string Root => LazyRoot.Value;

    public static string RulesDirectory => Path.Combine(Root, "rules");

    public static string DataSamplesDirectory => Path.Combine(Root, "data-samples");

    public static RuleBundle DefaultBundle => LazyBundle.Value;

    public static CompiledBundle CompiledDefaultBundle => LazyCompiled.Value;

    /// <summary>The columns of safety-indicators.csv that the default bundle declares, in its order.</summary>
    public static IReadOnlyList<IndicatorColumn> SafetyColumns
        => [.. DefaultBundle.Indicators.Where(i => i.Source == "safety-indicators.csv").Select(i => i.ToColumn())];

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Supervision.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Supervision.sln above {AppContext.BaseDirectory}.");
    }

    private static RuleBundle LoadBundle()
    {
        var diagnostics = new DiagnosticBag();
        var bundle = BundleLoader.Load(RulesDirectory, diagnostics);
        return bundle is not null && !diagnostics.HasErrors ? bundle : throw new BundleException(diagnostics.Sorted());
    }
}
