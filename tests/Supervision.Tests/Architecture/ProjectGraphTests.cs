using System.Xml.Linq;
using Supervision.Tests.Support;

namespace Supervision.Tests.Architecture;

/// <summary>
/// The dependency direction of every project, hosts and test projects included, read from the project files: each
/// project may reference only the projects listed for it here, so a reference that points the wrong way (the engine to
/// a host, the benchmarks to the CLI, the jobs to the web host) fails the build's tests, and a new project must be
/// placed in this table before it can be referenced at all.
/// </summary>
public sealed class ProjectGraphTests
{
    /// <summary>The engine below the application layer: the domain, its files and its database, no host.</summary>
    private static readonly string[] Engine =
        ["Supervision.Model", "Supervision.Rules", "Supervision.Draws", "Supervision.Runs", "Supervision.Data", "Supervision.Storage", "Supervision.Learning"];

    /// <summary>Who may reference whom; the order of the rows is the order of the layers.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["Supervision.Model"] = [],
        ["Supervision.Rules"] = ["Supervision.Model"],
        ["Supervision.Draws"] = ["Supervision.Model", "Supervision.Rules"],
        ["Supervision.Runs"] = ["Supervision.Model", "Supervision.Rules", "Supervision.Draws"],
        ["Supervision.Data"] = ["Supervision.Model", "Supervision.Rules", "Supervision.Draws", "Supervision.Runs"],
        ["Supervision.Storage"] = ["Supervision.Model", "Supervision.Rules", "Supervision.Draws", "Supervision.Runs"],
        ["Supervision.Learning"] = ["Supervision.Model", "Supervision.Rules", "Supervision.Data"],
        ["Supervision.Application"] = [.. Engine],

        // The synthetic generator: `generate`, the tests and the benchmarks use it; no product assembly does.
        ["Supervision.Synthetic"] = ["Supervision.Model", "Supervision.Rules", "Supervision.Data"],
        ["Supervision.Jobs"] = [.. Engine, "Supervision.Application"],
        ["Supervision.Service"] = [.. Engine, "Supervision.Application", "Supervision.Jobs"],
        ["Supervision.Cli"] = [.. Engine, "Supervision.Application", "Supervision.Synthetic", "Supervision.Jobs", "Supervision.Service"],
        // The web benchmark starts a real `serve` in its process; a smoke test runs the benchmark at a tiny scale.
        ["Supervision.Benchmarks"] = [.. Engine, "Supervision.Application", "Supervision.Synthetic", "Supervision.Service"],
        ["Supervision.Tests"] = [.. Engine, "Supervision.Application", "Supervision.Synthetic", "Supervision.Jobs", "Supervision.Service", "Supervision.Cli", "Supervision.Benchmarks"],
    };

    /// <summary>Packages that belong to a layer: the engine never schedules jobs or serves pages; the jobs never serve pages.</summary>
    private static readonly Dictionary<string, string[]> ForbiddenPackages = new(StringComparer.Ordinal)
    {
        ["Supervision.Model"] = ["NRules", "CsvHelper", "Npgsql", "Hangfire", "Microsoft.ML", "Microsoft.AspNetCore"],
        ["Supervision.Rules"] = ["Npgsql", "Hangfire", "Microsoft.ML", "Microsoft.AspNetCore"],
        ["Supervision.Draws"] = ["Npgsql", "Hangfire", "Microsoft.ML", "Microsoft.AspNetCore"],
        ["Supervision.Runs"] = ["Npgsql", "Hangfire", "Microsoft.ML", "Microsoft.AspNetCore"],
        ["Supervision.Data"] = ["Npgsql", "Hangfire", "Microsoft.ML", "Microsoft.AspNetCore"],
        ["Supervision.Storage"] = ["Hangfire", "Microsoft.ML", "Microsoft.AspNetCore"],
        ["Supervision.Learning"] = ["Npgsql", "Hangfire", "Microsoft.AspNetCore"],
        ["Supervision.Synthetic"] = ["Npgsql", "Hangfire", "Microsoft.ML", "Microsoft.AspNetCore"],

        // The use cases do not know how they are hosted: no job scheduler, no web framework.
        ["Supervision.Application"] = ["Hangfire", "Microsoft.AspNetCore"],
        ["Supervision.Jobs"] = ["Microsoft.AspNetCore", "Microsoft.ML"],
    };

    public static TheoryData<string> Projects => [.. ProjectFiles().Keys];

    [Fact]
    public void EveryProjectOfTheSolution_HasItsPlaceInTheTable()
        => Assert.Equal(Allowed.Keys.Order(StringComparer.Ordinal), ProjectFiles().Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Projects))]
    public void Project_ReferencesOnlyTheProjectsItsLayerMay(string project)
    {
        var references = References(ProjectFiles()[project], "ProjectReference").Select(Path.GetFileNameWithoutExtension).ToList();

        Assert.Empty(references.Except(Allowed[project], StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void Project_UsesNoPackageOrFrameworkOfALaterLayer(string project)
    {
        var file = ProjectFiles()[project];
        var packages = References(file, "PackageReference").Concat(References(file, "FrameworkReference")).ToList();

        Assert.DoesNotContain(packages, p => ForbiddenPackages.GetValueOrDefault(project, []).Any(f => p.StartsWith(f, StringComparison.Ordinal)));
    }

    [Fact]
    public void Check_WouldCatchAReferenceThatPointsTheWrongWay()
    {
        // The table is what the tests enforce: a benchmark that referenced the CLI, or the engine a host, is not in it.
        Assert.DoesNotContain("Supervision.Cli", Allowed["Supervision.Benchmarks"]);
        Assert.DoesNotContain(Allowed.Where(a => Engine.Contains(a.Key)), a => a.Value.Any(r => r.StartsWith("Supervision.Jobs", StringComparison.Ordinal)
            || r is "Supervision.Service" or "Supervision.Cli" or "Supervision.Application"));
    }

    [Fact]
    public void SyntheticGenerator_IsReferencedOnlyByGenerateTheTestsAndTheBenchmarks()
        => Assert.Equal(["Supervision.Benchmarks", "Supervision.Cli", "Supervision.Tests"],
            Allowed.Where(a => a.Value.Contains("Supervision.Synthetic")).Select(a => a.Key).Order(StringComparer.Ordinal));

    private static Dictionary<string, string> ProjectFiles()
        => Directory.EnumerateFiles(RepoPaths.Root, "*.csproj", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetFileNameWithoutExtension(f), f => f, StringComparer.Ordinal);

    private static IEnumerable<string> References(string projectFile, string kind)
        => XDocument.Load(projectFile).Descendants(kind).Select(e => (string?)e.Attribute("Include")).OfType<string>()
            .Select(include => kind == "ProjectReference" ? include.Replace('\\', Path.DirectorySeparatorChar) : include);
}
