using System.Text;
using Supervision.Data.Runs;
using Supervision.Data.Scoring;
using Supervision.Model.Import;
using Supervision.Rules.Scoring;
using Supervision.Runs;
using Supervision.Tests.Draws;
using Supervision.Tests.Import;
using Supervision.Tests.Support;

namespace Supervision.Tests.Nightly;

/// <summary>The embedded run store: lossless chunks, atomic files, exactly-once fan-in, draw claims unique per plan and date.</summary>
public sealed class FileRunStoreTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Chunk_SavedAndRead_IsExactlyTheAssessmentsScored()
    {
        using var directory = new TempDirectory();
        var store = new FileRunStore(directory.Path);
        await store.CreateRunAsync(Run("r1", chunks: 1, enterprises: 3), None);
        var bundle = ShippedBundle.Bundle;
        var scored = new ScoringEngine(bundle).Score([ShippedBundle.Input(("blacklisted", true))], DrawWorld.AsOf).Single();
        Assessment[] assessments =
        [
            scored,
            scored with { Uscc = "91210800MA0TEST002", Name = "=HYPERLINK(\"x\"), 有限公司\n第二行", Outcome = scored.Outcome with { Ratio = 0.00125, SafetyScore = 59.99 } },
            scored with { Uscc = "91210800MA0TEST003", Name = "'-x", Outcome = scored.Outcome with { Error = "table ratios: no row matches", Hits = [] } },
        ];

        await store.SaveChunkAsync("r1", 0, assessments, bundle, None);
        var read = await store.ReadAssessmentsAsync("r1", bundle, None);

        Assert.Equal(assessments.Length, read.Count);
        for (var i = 0; i < assessments.Length; i++)
        {
            Assert.Equal(assessments[i] with { Outcome = assessments[i].Outcome with { Hits = [] } }, read[i] with { Outcome = read[i].Outcome with { Hits = [] } });
            Assert.Equal(assessments[i].Outcome.Hits, read[i].Outcome.Hits);
        }

        Assert.Equal(Export(assessments), Export(read));
    }

    [Fact]
    public async Task Inputs_SavedAndRead_KeepTheFilesLinesByEncoding()
    {
        using var directory = new TempDirectory();
        var store = new FileRunStore(directory.Path);
        var counts = new EncodingLineCounts(3_998, 1, 0);
        InputSlice[] slices =
        [
            new(0, "enterprises.csv", 0, "/data/enterprises.csv", "UTF-8", "mixed", "a\n"u8.ToArray(), [1], EncodingLines: counts),
            new(0, "credit-records.csv", 0, "/data/credit-records.csv", "UTF-8", null, "b\n"u8.ToArray(), [1]),
        ];

        await store.SaveInputsAsync("run-enc", Stream(slices), CancellationToken.None);
        var read = await store.ReadInputsAsync("run-enc", 0, CancellationToken.None);

        Assert.Equal(counts, read.Single(s => s.FileName == "enterprises.csv").EncodingLines);
        Assert.Equal(EncodingLineCounts.None, read.Single(s => s.FileName == "credit-records.csv").EncodingLines);
    }

    [Fact]
    public async Task SaveChunk_Twice_ReplacesItAndLeavesNoTemporaryFile()
    {
        using var directory = new TempDirectory();
        var store = new FileRunStore(directory.Path);
        await store.CreateRunAsync(Run("r1", chunks: 1, enterprises: 1), None);
        var one = new ScoringEngine(ShippedBundle.Bundle).Score([ShippedBundle.Input()], DrawWorld.AsOf).ToList();

        await store.SaveChunkAsync("r1", 0, one, ShippedBundle.Bundle, None);
        await store.SaveChunkAsync("r1", 0, one, ShippedBundle.Bundle, None);

        Assert.Equal(["00000.csv"], Directory.GetFiles(Path.Combine(store.RunDirectory("r1"), "chunks")).Select(Path.GetFileName));
    }

    [Fact]
    public async Task CompleteChunk_ConcurrentAndRepeatedCalls_StartTheDrawsExactlyOnce()
    {
        using var directory = new TempDirectory();
        var store = new FileRunStore(directory.Path);
        const int chunks = 40;
        await store.CreateRunAsync(Run("r1", chunks, enterprises: chunks), None);
        var one = new ScoringEngine(ShippedBundle.Bundle).Score([ShippedBundle.Input()], DrawWorld.AsOf).ToList();
        for (var chunk = 0; chunk < chunks; chunk++)
        {
            await store.SaveChunkAsync("r1", chunk, one, ShippedBundle.Bundle, None);
        }

        var starts = 0;
        await Parallel.ForAsync(0, chunks * 3, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            if (await store.CompleteChunkAsync("r1", i % chunks, ct))
            {
                Interlocked.Increment(ref starts);
            }
        });

        Assert.Equal(1, starts);
        Assert.Equal(chunks, (await store.CompletedChunksAsync("r1", None)).Count);
        Assert.False(await store.CompleteChunkAsync("r1", 0, None));
    }

    [Fact]
    public async Task CompleteChunk_NotSaved_Throws()
    {
        using var directory = new TempDirectory();
        var store = new FileRunStore(directory.Path);
        await store.CreateRunAsync(Run("r1", chunks: 2, enterprises: 2), None);

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.CompleteChunkAsync("r1", 1, None));
    }

    [Fact]
    public async Task ClaimDraw_PlanHeldByAnotherRun_IsRefusedAndClaimsNothing_OnAnyNightOfItsPeriod()
    {
        using var directory = new TempDirectory();
        var store = new FileRunStore(directory.Path);
        var date = DrawWorld.AsOf;

        var first = await store.ClaimDrawAsync("run-a", date, [December("P1"), December("P2")], None);
        var overlapping = await store.ClaimDrawAsync("run-b", date, [December("P3"), December("P2")], None);
        var again = await store.ClaimDrawAsync("run-a", date, [December("P2"), December("P1")], None);
        var other = await store.ClaimDrawAsync("run-c", date, [December("P3")], None);
        var otherDay = await store.ClaimDrawAsync("run-b", date.AddDays(1), [December("P1")], None);
        var nextPeriod = await store.ClaimDrawAsync("run-b", date.AddDays(35), [new PlanPeriod("P1", new DateOnly(2027, 1, 4), new DateOnly(2027, 1, 29))], None);

        Assert.True(first.Granted);
        Assert.Equal(new DrawClaim(false, "P2", "run-a"), overlapping);
        Assert.True(again.Granted);
        Assert.True(other.Granted);
        Assert.Equal(new DrawClaim(false, "P1", "run-a"), otherDay);
        Assert.True(nextPeriod.Granted);
    }

    private static PlanPeriod December(string planId) => new(planId, new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31));

    [Fact]
    public async Task CreateRun_Twice_KeepsTheFirst()
    {
        using var directory = new TempDirectory();
        var store = new FileRunStore(directory.Path);
        var first = Run("r1", chunks: 4, enterprises: 4000);

        await store.CreateRunAsync(first, None);
        var second = await store.CreateRunAsync(first with { Seed = new string('0', 64) }, None);

        Assert.Equal(first, second);
        Assert.Equal(first, await store.GetRunAsync("r1", None));
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("a/b")]
    [InlineData("")]
    public void RunDirectory_IdThatIsNotAName_IsRefused(string runId)
        => Assert.ThrowsAny<ArgumentException>(() => new FileRunStore("store").RunDirectory(runId));

    [Fact]
    public async Task DeleteStaleTemporaries_RemovesThoseOfDeadWritersOnly()
    {
        using var directory = new TempDirectory();
        var store = new FileRunStore(directory.Path);
        await store.CreateRunAsync(Run("r1", chunks: 2, enterprises: 4), None);
        var run = store.RunDirectory("r1");
        var machine = Environment.MachineName;
        const int Dead = int.MaxValue; // no process has this id
        var chunks = Directory.CreateDirectory(Path.Combine(run, "chunks")).FullName;
        var staleFile = Write(Path.Combine(chunks, $"00001.csv.{machine}.{Dead}.3.tmp"));
        var staleDirectory = Directory.CreateDirectory(Path.Combine(run, $"inputs.{machine}.{Dead}.1.tmp")).FullName;
        Write(Path.Combine(staleDirectory, "00000", "enterprises.csv.00000"));
        var live = Write(Path.Combine(chunks, $"00000.csv.{machine}.{Environment.ProcessId}.1.tmp"));
        var otherMachine = Write(Path.Combine(chunks, $"00000.csv.another-host.{Dead}.1.tmp"));
        var chunk = Write(Path.Combine(chunks, "00000.csv"));
        var otherRun = Write(Path.Combine(store.RunDirectory("r2"), $"run.json.{machine}.{Dead}.1.tmp"));

        await store.DeleteStaleTemporariesAsync("r1", None);

        Assert.False(File.Exists(staleFile));
        Assert.False(Directory.Exists(staleDirectory));
        Assert.All([live, otherMachine, chunk, otherRun], path => Assert.True(File.Exists(path), path));
        Assert.NotNull(await store.GetRunAsync("r1", None));
    }

    private static string Write(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "x");
        return path;
    }

    private static RunRecord Run(string runId, int chunks, int enterprises)
        => new(runId, DrawWorld.AsOf, "b", "1", ShippedBundle.Bundle.Bundle.ContentHash, "data", DrawWorld.Seed, Math.Max(1, enterprises / Math.Max(1, chunks)),
            chunks, enterprises, 0, "", RunStatus.Scoring);

    private static string Export(IEnumerable<Assessment> assessments)
    {
        using var stream = new MemoryStream();
        AssessmentCsv.Write(stream, assessments, ShippedBundle.Bundle);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static async IAsyncEnumerable<InputSlice> Stream(IEnumerable<InputSlice> slices)
    {
        foreach (var slice in slices)
        {
            await Task.Yield();
            yield return slice;
        }
    }
}
