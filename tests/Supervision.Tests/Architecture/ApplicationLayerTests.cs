using Supervision.Tests.Support;

namespace Supervision.Tests.Architecture;

/// <summary>
/// The hosts (CLI, jobs, service) are adapters: they parse, call one use case of <c>Supervision.Application</c>, and
/// render. They never wire the engine themselves — the entry points below belong to the application layer.
/// </summary>
public sealed class ApplicationLayerTests
{
    /// <summary>Engine entry points that only a use case may call: importing, scoring, drawing, gating, verifying, learning, deciding.</summary>
    private static readonly string[] EngineEntryPoints =
    [
        "PopulationLoader.Load", "new ScoringEngine", "new FactBuilder", "PopulationInputs.", "DrawRunner.", "DrawGate.Check", "DrawVerifier.",
        "Evaluator.Run", "RiskModelTrainer.", "ModelSelection.", "HistoryDataset.", "LearnedRiskScorer.", "RulesDiff.Run", "ResultImporter.",
        "ResultDecisionRunner.", "ResultsNoticeWriter.", "BundleSource.", "TableAnalyzer.", "ToleranceListLoader.", "ToleranceDecider.Load",
    ];

    [Fact]
    public void Hosts_CallUseCases_NotTheEngineEntryPoints()
    {
        var offenders = HostSources()
            .SelectMany(f => File.ReadAllLines(f).Select((text, i) => (File: f, Line: i + 1, Text: text)))
            .Where(l => !l.Text.TrimStart().StartsWith("///", StringComparison.Ordinal))
            .SelectMany(l => EngineEntryPoints.Where(e => l.Text.Contains(e, StringComparison.Ordinal))
                .Select(e => $"{Path.GetRelativePath(RepoPaths.Root, l.File)}:{l.Line}: {e}"))
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void Check_WouldCatchAHostThatScoresByHand()
    {
        // The line ScoreCommand had before the application layer: it names two entry points.
        const string line = "var assessments = engine.Score(PopulationInputs.For(population, builder, asOf), asOf); var b = new FactBuilder(bundle);";

        Assert.Equal(["PopulationInputs.", "new FactBuilder"], EngineEntryPoints.Where(e => line.Contains(e, StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void HangfireJobs_AreOneLineAdapters()
    {
        // The nightly jobs keep their type names (Hangfire's stored contract) and delegate to a use case in one expression.
        foreach (var job in (string[])["NightlyJob", "ScoreChunkJob", "DrawsJob"])
        {
            var source = File.ReadAllText(Path.Combine(RepoPaths.Root, "jobs", "Supervision.Jobs", job + ".cs"));

            Assert.Matches(@"public Task RunAsync\([^)]*\)\s*=> new (PlanNight|ScoreChunk|DrawNight)\(services\)\.RunAsync\(", source);
            Assert.DoesNotContain("await ", source, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void UseCases_HoldNoMemoryTricks_OnlyTheDocumentedSeams()
    {
        // Forced collections live behind IMemoryRelief (the jobs' governor); the draw's frame trick in ReleasingDraw.
        string[] seams = ["ReleasingDraw.cs", "IMemoryRelief.cs", "NoMemoryRelief.cs"];
        var offenders = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "engine", "Supervision.Application"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !seams.Contains(Path.GetFileName(f)))
            .Where(f => File.ReadAllText(f) is var text && (text.Contains("GC.", StringComparison.Ordinal) || text.Contains("MethodImplOptions", StringComparison.Ordinal)))
            .Select(f => Path.GetRelativePath(RepoPaths.Root, f))
            .ToList();

        Assert.Empty(offenders);
    }

    private static IEnumerable<string> HostSources()
        => Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "jobs"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
}
