using System.Text;
using Supervision.Application.Nightly;
using Supervision.Data.Draws;
using Supervision.Data.Runs;
using Supervision.Jobs;
using Supervision.Rules.Compilation;
using Supervision.Tests.Draws;
using Supervision.Tests.Import;
using Supervision.Tests.Support;

namespace Supervision.Tests.Nightly;

/// <summary>A fresh embedded run store and the settings of the golden night: data-samples, the shipped rules and plans, 2026-11-27, the golden seed.</summary>
internal sealed class NightlyWorld : IDisposable
{
    public static readonly string GoldenAssessments = Path.Combine(RepoPaths.Root, "tests", "Supervision.Tests", "Golden", "assessments-2026-11-27.csv");

    public static readonly string GoldenDraw = Path.Combine(RepoPaths.Root, "tests", "Supervision.Tests", "Golden", "draw-2026-11-27");

    public static readonly IReadOnlyList<string> DrawFiles = [DrawOutputs.RecordFile, DrawOutputs.PopulationFile, "notice.csv", "exclusions.csv"];

    private readonly TempDirectory _directory = new();

    public NightlyWorld()
    {
        Store = new FileRunStore(_directory.Path);
    }

    public FileRunStore Store { get; }

    public static string RunId => NightlyRunId.For(DrawWorld.AsOf, ShippedBundle.Bundle.Bundle.ContentHash);

    public static IReadOnlyList<string> PlanFiles { get; } =
        [.. Directory.GetFiles(Path.Combine(RepoPaths.Rules, "plans"), "*.yaml").Order(StringComparer.Ordinal)];

    public static NightlySettings Settings(int chunkSize = 1000, CompiledBundle? bundle = null, string? rules = null)
        => new(RepoPaths.DataSamples, rules ?? RepoPaths.Rules, PlanFiles, Path.Combine(RepoPaths.Rules, "calendar", "cn-working-days.csv"), chunkSize, DrawWorld.Seed)
        {
            Bundle = bundle ?? ShippedBundle.Bundle,
        };

    /// <summary>Runs the night in the embedded mode (a real Hangfire server on in-memory storage), at most two minutes.</summary>
    public async Task<NightlyOutcome> RunAsync(
        int chunkSize = 1000, int workers = 2, NightlyHooks? hooks = null, NightlySettings? settings = null, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        settings ??= Settings(chunkSize);
        var runId = NightlyRunId.For(DrawWorld.AsOf, settings.Bundle!.Bundle.ContentHash);
        var runner = new EmbeddedNightly(settings, Store, TimeProvider.System) { Workers = workers, Hooks = hooks ?? new NightlyHooks() };
        return await runner.RunAsync(runId, DrawWorld.AsOf, timeout.Token);
    }

    /// <summary>The run's assessments and draw equal the golden files byte for byte.</summary>
    public void AssertGolden(string? runId = null) => AssertGolden(Store, runId ?? RunId);

    /// <summary>The files of a run in <paramref name="store"/> equal the golden files byte for byte.</summary>
    public static void AssertGolden(FileRunStore store, string runId)
    {
        AssertSameBytes(GoldenAssessments, store.AssessmentsFile(runId));
        foreach (var file in DrawFiles)
        {
            AssertSameBytes(Path.Combine(GoldenDraw, file), Path.Combine(store.DrawDirectory(runId), file));
        }
    }

    /// <summary>Every draw directory in the store (one per run that drew).</summary>
    public IReadOnlyList<string> DrawDirectories()
        => [.. Directory.GetDirectories(Path.Combine(Store.Root, "runs")).Select(run => Path.Combine(run, "draw")).Where(Directory.Exists)];

    public void Dispose() => _directory.Dispose();

    private static void AssertSameBytes(string expectedFile, string actualFile)
    {
        var expected = File.ReadAllBytes(expectedFile);
        var actual = File.ReadAllBytes(actualFile);

        // As text first, so that a failure shows the first differing line.
        Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(actual));
        Assert.Equal(expected, actual);
    }
}
