using Supervision.Application.Nightly;
using Supervision.Runs;

namespace Supervision.Tests.Nightly;

/// <summary>
/// The nightly run in the embedded mode, on data-samples: real Hangfire servers (BackgroundJobServer on
/// Hangfire.InMemory) run the plan, chunk and draws jobs, and the result is the golden `score` and `draw` output.
/// </summary>
public sealed class EmbeddedNightlyTests
{
    [Theory]
    [InlineData(1000, 2)]
    [InlineData(333, 1)]
    [InlineData(333, 2)]
    public async Task Run_DataSamples_ReproducesGoldenAssessmentsAndDraw(int chunkSize, int workers)
    {
        using var world = new NightlyWorld();

        var outcome = await world.RunAsync(chunkSize, workers);

        Assert.Null(outcome.Failure);
        Assert.Equal(RunStatus.Completed, outcome.Run!.Status);
        Assert.Equal((4000 + chunkSize - 1) / chunkSize, outcome.Run.Chunks);
        world.AssertGolden();
    }

    [Fact]
    public async Task Run_SameDateTwice_DrawsOnceAndTheSecondRunDoesNothing()
    {
        using var world = new NightlyWorld();
        var first = await world.RunAsync();

        var second = await world.RunAsync(chunkSize: 333);

        Assert.Equal(RunStatus.Completed, second.Run!.Status);
        Assert.Equal(first.Run, second.Run);
        Assert.Single(world.DrawDirectories());
        world.AssertGolden();
    }

    [Fact]
    public async Task Run_ChunkJobThrowsOnce_IsRetriedAndGivesTheSameOutput()
    {
        using var world = new NightlyWorld();
        var attempts = new int[4];
        var hooks = new NightlyHooks
        {
            ChunkSaved = (_, chunk) =>
            {
                if (Interlocked.Increment(ref attempts[chunk]) == 1 && chunk == 1)
                {
                    throw new IOException("injected fault after chunk 1 was saved");
                }
            },
        };

        var outcome = await world.RunAsync(hooks: hooks);

        Assert.Null(outcome.Failure);
        Assert.Equal(RunStatus.Completed, outcome.Run!.Status);
        Assert.Equal([1, 2, 1, 1], attempts);
        world.AssertGolden();
    }

    [Fact]
    public async Task Run_InterruptedMidScoring_ResumesWithoutRescoringCompleteChunks()
    {
        using var world = new NightlyWorld();
        using var crash = new CancellationTokenSource();
        var crashing = new NightlyHooks
        {
            ChunkSaved = (_, chunk) =>
            {
                if (chunk == 2)
                {
                    crash.Cancel();
                    throw new IOException("the process dies here");
                }
            },
        };
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => world.RunAsync(workers: 1, hooks: crashing, cancellationToken: crash.Token));
        var interrupted = await world.Store.GetRunAsync(NightlyWorld.RunId, CancellationToken.None);
        var completeBefore = await world.Store.CompletedChunksAsync(NightlyWorld.RunId, CancellationToken.None);
        // The killed process left a half-written chunk behind (its id is one no process has).
        var leftOver = Path.Combine(world.Store.RunDirectory(NightlyWorld.RunId), "chunks", $"00002.csv.{Environment.MachineName}.{int.MaxValue}.1.tmp");
        File.WriteAllText(leftOver, "uscc,na");
        var rescored = new List<int>();
        var recording = new NightlyHooks { ChunkSaved = (_, chunk) => { lock (rescored) { rescored.Add(chunk); } } };

        var outcome = await world.RunAsync(hooks: recording);

        Assert.Equal(RunStatus.Scoring, interrupted!.Status);
        Assert.Contains(0, completeBefore);
        Assert.Contains(1, completeBefore);
        Assert.DoesNotContain(2, completeBefore);
        Assert.Empty(rescored.Intersect(completeBefore));
        Assert.Contains(2, rescored);
        Assert.False(File.Exists(leftOver));
        Assert.Empty(Directory.EnumerateFileSystemEntries(world.Store.RunDirectory(NightlyWorld.RunId), "*.tmp", SearchOption.AllDirectories));
        Assert.Equal(RunStatus.Completed, outcome.Run!.Status);
        world.AssertGolden();
    }

    [Fact]
    public async Task Run_SameDateUnderAnotherBundle_ScoresButDoesNotDrawAgain()
    {
        using var world = new NightlyWorld();
        var first = await world.RunAsync();
        using var copy = new Support.BundleCopy();
        copy.Replace("bundle.yaml", "version: 2026.1", "version: 2026.1-nightly-test");
        var (bundle, _) = copy.Compile();

        var second = await world.RunAsync(settings: NightlyWorld.Settings(bundle: bundle, rules: copy.Directory));

        Assert.NotEqual(first.Run!.RunId, second.Run!.RunId);
        Assert.Equal(RunStatus.AlreadyDrawn, second.Run.Status);
        Assert.Contains($"already drawn: plan HC-2026-SC for its period 2026-11-27–2026-12-18 was drawn by run {first.Run.RunId}", second.Run.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(world.Store.AssessmentsFile(second.Run.RunId)));
        Assert.Single(world.DrawDirectories());
        world.AssertGolden();
    }

    [Fact]
    public async Task Run_PlanMissingAtDrawTime_FailsAndCompletesWhenStartedAgain()
    {
        using var world = new NightlyWorld();
        var broken = NightlyWorld.Settings() with { PlanFiles = [.. NightlyWorld.PlanFiles, Path.Combine(Support.RepoPaths.Rules, "plans", "missing.yaml")] };

        var failed = await world.RunAsync(settings: broken);
        var drawsAfterFailure = world.DrawDirectories();
        var fixedRun = await world.RunAsync();

        Assert.Null(failed.Failure);
        Assert.Equal(RunStatus.Failed, failed.Run!.Status);
        Assert.StartsWith(DrawNight.PlanErrors, failed.Run.Message, StringComparison.Ordinal);
        Assert.Empty(drawsAfterFailure);
        Assert.Equal(RunStatus.Completed, fixedRun.Run!.Status);
        world.AssertGolden();
    }
}
