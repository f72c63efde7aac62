using System.Reflection;
using System.Runtime.CompilerServices;
using Supervision.Tests.Support;

namespace Supervision.Tests.Architecture;

/// <summary>Dependency direction and conventions, checked by reflection and on the sources.</summary>
public sealed class ArchitectureTests
{
    private static readonly Assembly Model = typeof(Supervision.Model.Registry.Uscc).Assembly;
    private static readonly Assembly Rules = typeof(Supervision.Rules.Scoring.ScoringEngine).Assembly;
    private static readonly Assembly Data = typeof(Supervision.Data.Scoring.FactBuilder).Assembly;
    private static readonly Assembly Draws = typeof(Supervision.Draws.Drawing.DrawAlgorithm).Assembly;
    private static readonly Assembly Learning = typeof(Supervision.Learning.Training.RiskModel).Assembly;
    private static readonly Assembly Runs = typeof(Supervision.Runs.RunRecord).Assembly;
    private static readonly Assembly Storage = typeof(Supervision.Storage.Database).Assembly;
    private static readonly Assembly Synthetic = typeof(Supervision.Synthetic.PopulationGenerator).Assembly;
    private static readonly Assembly Application = typeof(Supervision.Application.Scoring.ScorePopulation).Assembly;
    private static readonly Assembly[] EngineAssemblies = [Model, Rules, Draws, Runs, Data, Storage, Learning, Synthetic, Application];

    /// <summary>Every assembly the product ships: the engine and the hosts.</summary>
    private static readonly Assembly[] ProductAssemblies =
    [
        .. EngineAssemblies, typeof(Supervision.Jobs.NightlyWorker).Assembly, typeof(Supervision.Service.ServiceOptions).Assembly,
        typeof(Supervision.Cli.Commands.ExitCodes).Assembly,
    ];

    public static TheoryData<string, string[]> ForbiddenReferences => new()
    {
        { "Supervision.Model", ["Supervision.Rules", "Supervision.Data", "supervision", "NRules", "CsvHelper"] },
        { "Supervision.Rules", ["Supervision.Data", "Supervision.Draws", "supervision", "Npgsql", "Hangfire", "Supervision.Learning", "Microsoft.ML"] },
        { "Supervision.Draws", ["Supervision.Data", "supervision", "Npgsql", "Hangfire"] },
        { "Supervision.Data", ["supervision", "Supervision.Learning", "Microsoft.ML"] },
        { "Supervision.Learning", ["supervision", "Supervision.Storage", "Npgsql", "Hangfire"] },
        { "Supervision.Runs", ["Supervision.Data", "Supervision.Storage", "supervision", "Npgsql", "Hangfire"] },
        { "Supervision.Storage", ["Supervision.Data", "Supervision.Application", "supervision", "Hangfire"] },
        { "Supervision.Synthetic", ["Supervision.Application", "Supervision.Storage", "supervision", "Npgsql", "Hangfire"] },
        { "Supervision.Application", ["Supervision.Jobs", "Supervision.Service", "supervision", "Supervision.Synthetic", "Hangfire", "Microsoft.AspNetCore"] },
    };

    [Theory]
    [MemberData(nameof(ForbiddenReferences))]
    public void Assembly_DoesNotDependOnLaterLayers(string assembly, string[] forbidden)
    {
        var references = EngineAssemblies.Single(a => a.GetName().Name == assembly)
            .GetReferencedAssemblies().Select(r => r.Name!).ToList();

        Assert.DoesNotContain(references, r => forbidden.Any(f => r.StartsWith(f, StringComparison.Ordinal)));
    }

    [Fact]
    public void EngineTypes_AreSealedStaticOrAbstract()
    {
        var offenders = EngineAssemblies
            .SelectMany(a => a.GetTypes())
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract && !IsCompilerGenerated(t))
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void ProductAssemblies_OpenTheirInternalsToTheTestAssembliesOnly()
    {
        // Between product assemblies the boundary is the public API: no host or engine assembly sees another's internals.
        var grants = ProductAssemblies
            .SelectMany(a => a.GetCustomAttributes<InternalsVisibleToAttribute>().Select(g => $"{a.GetName().Name} → {g.AssemblyName}"))
            .Where(g => !g.EndsWith("→ Supervision.Tests", StringComparison.Ordinal) && !g.EndsWith("→ Supervision.Benchmarks", StringComparison.Ordinal))
            .ToList();

        Assert.Empty(grants);
    }

    [Fact]
    public void Records_InTheModel_AreImmutable()
    {
        var mutable = Model.GetTypes()
            .Where(t => t.GetMethod("<Clone>$") is not null)
            .SelectMany(t => t.GetProperties().Where(p => p.SetMethod is { } set
                && !set.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
                .Select(p => $"{t.Name}.{p.Name}"))
            .ToList();

        Assert.Empty(mutable);
    }

    [Fact]
    public void DomainSources_UseNoAmbientTimeOrRandomness()
    {
        var forbidden = new[] { "DateTime.Now", "DateTime.UtcNow", "DateTime.Today", "new Random(", "Random.Shared", "Guid.NewGuid" };
        var offenders = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "engine"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadAllLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => forbidden.Any(x => l.Text.Contains(x, StringComparison.Ordinal)))
            .Select(l => $"{Path.GetRelativePath(RepoPaths.Root, l.File)}:{l.Line}")
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void SourceFiles_HoldOneTopLevelTypeNamedLikeTheFile()
    {
        var offenders = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "engine"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            // Type.Concern.cs holds a part of a partial type (the npgsql convention for large types).
            .Where(f => !File.ReadAllText(f).Contains($" {Path.GetFileNameWithoutExtension(f).Split('.')[0]}", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(RepoPaths.Root, f))
            .ToList();

        Assert.Empty(offenders);
    }

    private static bool IsCompilerGenerated(Type type)
        => type.IsDefined(typeof(CompilerGeneratedAttribute), false) || type.Name.Contains('<', StringComparison.Ordinal);
}
