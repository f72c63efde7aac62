using System.IO.Compression;
using System.Text.Json;
using Supervision.Draws.Drawing;
using Supervision.Draws.Record;
using Supervision.Rules.Scoring;
using Supervision.Runs;
using Supervision.Storage.Audit;
using Supervision.Storage.Runs;
using Supervision.Tests.Draws;
using Supervision.Tests.Storage;
using Supervision.Tests.Support;

namespace Supervision.Tests.Nightly;

/// <summary>The run store of the scaled-out mode against a real PostgreSQL: the same contract as the file store.</summary>
public sealed class PostgresRunStoreTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 27);

    [Fact]
    public async Task Chunk_SavedAndRead_IsExactlyTheAssessmentsScored()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var store = Store(db);
        var assessments = Score(0, 250);
        var run = await store.CreateRunAsync(Run("r1", chunkSize: 100, enterprises: 250), CancellationToken.None);

        for (var chunk = 0; chunk < 3; chunk++)
        {
            await store.SaveChunkAsync(run.RunId, chunk, assessments.Skip(chunk * 100).Take(100).ToList(), ShippedBundle.Bundle, CancellationToken.None);
        }

        var read = await store.ReadAssessmentsAsync(run.RunId, ShippedBundle.Bundle, CancellationToken.None);

        Assert.Equal(Describe(assessments), Describe(read));
    }

    [Fact]
    public async Task SaveChunk_Twice_ReplacesItAndCountsTheAttempts()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var store = Store(db);
        var assessments = Score(0, 100);
        await store.CreateRunAsync(Run("r1", chunkSize: 100, enterprises: 100), CancellationToken.None);

        await store.SaveChunkAsync("r1", 0, assessments, ShippedBundle.Bundle, CancellationToken.None);
        await store.SaveChunkAsync("r1", 0, assessments, ShippedBundle.Bundle, CancellationToken.None);

        Assert.Equal(100L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.assessments WHERE run_id = 'r1'"));
        Assert.Equal(2, await db.ScalarAsync<int>("SELECT attempts FROM supervision.run_chunks WHERE run_id = 'r1' AND chunk_no = 0"));
    }

    [Fact]
    public async Task CompleteChunk_ConcurrentAndRepeatedCalls_StartTheDrawsExactlyOnce()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var store = Store(db);
        var assessments = Score(0, 40);
        await store.CreateRunAsync(Run("r1", chunkSize: 2, enterprises: 40), CancellationToken.None);
        for (var chunk = 0; chunk < 20; chunk++)
        {
            await store.SaveChunkAsync("r1", chunk, assessments.Skip(chunk * 2).Take(2).ToList(), ShippedBundle.Bundle, CancellationToken.None);
        }

        // Every chunk completed three times, from many threads at once.
        var calls = Enumerable.Range(0, 60).Select(i => Task.Run(() => store.CompleteChunkAsync("r1", i % 20, CancellationToken.None)));
        var answers = await Task.WhenAll(calls);

        Assert.Single(answers, last => last);
        Assert.Equal(20, (await store.CompletedChunksAsync("r1", CancellationToken.None)).Count);
        Assert.Equal(20, await db.ScalarAsync<int>("SELECT chunks_done FROM supervision.assessment_runs WHERE run_id = 'r1'"));
    }

    [Fact]
    public async Task CompleteChunk_NotSaved_Throws()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var store = Store(db);
        await store.CreateRunAsync(Run("r1", chunkSize: 10, enterprises: 20), CancellationToken.None);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => store.CompleteChunkAsync("r1", 1, CancellationToken.None));

        Assert.Contains("before it is saved", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClaimDraw_PlanHeldByAnotherRun_IsRefusedAndClaimsNothing_OnAnyNightOfItsPeriod()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var store = Store(db);
        await store.CreateRunAsync(Run("r1", 10, 10), CancellationToken.None);
        await store.CreateRunAsync(Run("r2", 10, 10), CancellationToken.None);

        var first = await store.ClaimDrawAsync("r1", AsOf, [December("B"), December("C")], CancellationToken.None);
        var again = await store.ClaimDrawAsync("r1", AsOf, [December("C"), December("B")], CancellationToken.None);
        var second = await store.ClaimDrawAsync("r2", AsOf, [December("A"), December("C")], CancellationToken.None);
        var otherDay = await store.ClaimDrawAsync("r2", AsOf.AddDays(1), [December("A"), December("C")], CancellationToken.None);
        var otherPeriod = await store.ClaimDrawAsync("r2", AsOf.AddDays(1), [new PlanPeriod("C", new DateOnly(2027, 1, 4), new DateOnly(2027, 1, 29))], CancellationToken.None);

        Assert.True(first.Granted);
        Assert.True(again.Granted);
        Assert.Equal(new DrawClaim(false, "C", "r1"), second);
        Assert.Equal(new DrawClaim(false, "C", "r1"), otherDay);
        Assert.True(otherPeriod.Granted);
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.plan_period_claims WHERE plan_id = 'A'"));
    }

    private static PlanPeriod December(string planId) => new(planId, new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31));

    [Fact]
    public async Task Cli_DrawVoidPostgres_VoidsOnce_ThenSaysThereIsNothingToVoid()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        await Store(db).CreateRunAsync(Run("r1", 10, 10), CancellationToken.None);
        await db.ExecuteAsync("""
            INSERT INTO supervision.draws (draw_id, plan_ids, draw_date, as_of, run_id, seed_commitment, population_sha256, record)
            VALUES ('d1', ARRAY['A'], $1, $1, 'r1', repeat('a', 64), repeat('b', 64), '{}')
            """, AsOf);

        var first = Supervision.Tests.Cli.CliRunner.Run("draw", "void", "d1", "--postgres", "--connection", db.ConnectionString, "--reason", "演示作废");
        var second = Supervision.Tests.Cli.CliRunner.Run("draw", "void", "d1", "--postgres", "--connection", db.ConnectionString, "--reason", "演示作废");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(3, second.ExitCode);
    }

    [Fact]
    public async Task VoidADraw_ReleasesItsPlansForTheirPeriod_CancelsIt_AndAuditsTheReason()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var store = Store(db);
        await store.CreateRunAsync(Run("r1", 10, 10), CancellationToken.None);
        await store.CreateRunAsync(Run("r2", 10, 10), CancellationToken.None);
        Assert.True((await store.ClaimDrawAsync("r1", AsOf, [December("A"), December("B")], CancellationToken.None)).Granted);
        await db.ExecuteAsync("""
            INSERT INTO supervision.draws (draw_id, plan_ids, draw_date, as_of, run_id, seed_commitment, population_sha256, record)
            VALUES ('d1', ARRAY['A', 'B'], $1, $1, 'r1', repeat('a', 64), repeat('b', 64), '{}')
            """, AsOf);
        Assert.False((await store.ClaimDrawAsync("r2", AsOf.AddDays(1), [December("A")], CancellationToken.None)).Granted);

        var voids = new DrawVoids(db.Database, new SteppingClock());
        var released = await voids.VoidAsync("d1", "检查人员名录导入错误", "审核人", CancellationToken.None);
        var again = await voids.VoidAsync("d1", "再次作废", "审核人", CancellationToken.None);

        Assert.Equal(["A 2026-12-01–2026-12-31", "B 2026-12-01–2026-12-31"], released);
        Assert.Null(again);
        Assert.Equal("cancelled", await db.ScalarAsync<string>("SELECT status FROM supervision.draws WHERE draw_id = 'd1'"));
        Assert.True(await new AuditLog(db.Database, new SteppingClock()).ContainsAsync("void", "d1"));
        Assert.True((await store.ClaimDrawAsync("r2", AsOf.AddDays(1), [December("A")], CancellationToken.None)).Granted);
    }

    [Fact]
    public async Task CreateRun_Twice_KeepsTheFirstAndAuditsOnce()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var store = Store(db);

        var first = await store.CreateRunAsync(Run("r1", 10, 30), CancellationToken.None);
        var second = await store.CreateRunAsync(Run("r1", 10, 30) with { Seed = new string('b', 64) }, CancellationToken.None);

        Assert.Equal(first.Seed, second.Seed);
        Assert.Equal(3L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.run_chunks WHERE run_id = 'r1'"));
        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.audit_log WHERE kind = 'run' AND subject = 'r1'"));
    }

    [Fact]
    public async Task UpdateRun_StatusChange_IsAuditedAndReadBack()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var store = Store(db);
        var run = await store.CreateRunAsync(Run("r1", 10, 30), CancellationToken.None);

        await store.UpdateRunAsync(run with { Status = RunStatus.Failed, Message = "calendar ends in 2026" }, CancellationToken.None);
        await store.UpdateRunAsync(run with { Status = RunStatus.Failed, Message = "calendar ends in 2026" }, CancellationToken.None);
        var read = await store.GetRunAsync("r1", CancellationToken.None);

        Assert.Equal(RunStatus.Failed, read!.Status);
        Assert.Equal("calendar ends in 2026", read.Message);
        Assert.Equal(run with { Status = RunStatus.Failed, Message = "calendar ends in 2026" }, read);
        Assert.Equal(2L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.audit_log WHERE kind = 'run' AND subject = 'r1'"));
    }

    [Fact]
    public async Task Draw_SavedAndRead_IsTheDrawWithItsRecordStoredCompact()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var store = Store(db);
        await store.CreateRunAsync(Run("r1", chunkSize: 100, enterprises: 300), CancellationToken.None);
        var draw = Draw();

        await store.SaveDrawAsync("r1", draw, CancellationToken.None);
        var read = await store.ReadDrawAsync("r1", CancellationToken.None);

        AssertSameDraw(draw, read!);
        Assert.DoesNotContain("\n", await db.ScalarAsync<string>("SELECT record::text FROM supervision.draws"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Draw_StoredIndentedBeforeTheRecordWasStoredCompact_ReadsTheSame()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var store = Store(db);
        await store.CreateRunAsync(Run("r1", chunkSize: 100, enterprises: 300), CancellationToken.None);
        var draw = Draw();
        var record = draw.Record;

        // The form written until the record and the exclusions were stored without indentation.
        await db.ExecuteAsync(
            """
            INSERT INTO supervision.draws (draw_id, plan_ids, draw_date, as_of, run_id, seed_commitment, population_sha256, record, population, exclusions)
            VALUES ($1, $2, $3, $3, 'r1', $4, $5, $6::json, $7, $8)
            """,
            record.DrawId, record.Plans.Select(p => p.Id).ToArray(), record.AsOf, record.SeedCommitment, record.PopulationSha256,
            RecordJson.Serialize(record), draw.PopulationSnapshot, IndentedGzip(draw.Exclusions));
        var read = await store.ReadDrawAsync("r1", CancellationToken.None);

        AssertSameDraw(draw, read!);
    }

    private static DrawResult Draw()
    {
        var candidates = DrawWorld.Candidates(300, (n, c) => n % 11 == 0 ? c with { Status = Supervision.Model.Registry.OperatingStatus.Revoked } : c);
        return DrawWorld.Run(DrawWorld.Plan(), candidates, DrawWorld.Inspectors(12));
    }

    private static void AssertSameDraw(DrawResult expected, DrawResult actual)
    {
        Assert.Equal(RecordJson.Serialize(expected.Record), RecordJson.Serialize(actual.Record));
        Assert.Equal(expected.PopulationSnapshot, actual.PopulationSnapshot);
        Assert.NotEmpty(expected.Exclusions);
        Assert.Equal(expected.Exclusions, actual.Exclusions);
    }

    private static byte[] IndentedGzip(IReadOnlyList<Exclusion> exclusions)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            JsonSerializer.Serialize(gzip, exclusions, RecordJson.Options);
        }

        return buffer.ToArray();
    }

    private static PostgresRunStore Store(TestDatabase db) => new(db.Database, new SteppingClock(), "test:1");

    private static RunRecord Run(string runId, int chunkSize, int enterprises)
    {
        var at = new DateTimeOffset(2026, 11, 26, 18, 30, 0, TimeSpan.Zero);
        return new RunRecord(runId, AsOf, "yingkou", "1", ShippedBundle.Bundle.Bundle.ContentHash, new string('d', 64), new string('a', 64), chunkSize,
            (enterprises + chunkSize - 1) / chunkSize, enterprises, 0, "", RunStatus.Scoring)
        {
            CreatedAt = at,
            UpdatedAt = at,
        };
    }

    // Scored by the real engine, then varied: odd names, a failed evaluation, numbers that only round-trip exactly.
    private static List<Assessment> Score(int start, int count)
    {
        var bundle = ShippedBundle.Bundle;
        var blacklisted = new ScoringEngine(bundle).Score([ShippedBundle.Input(("blacklisted", true))], AsOf).Single();
        var plain = new ScoringEngine(bundle).Score([ShippedBundle.Input()], AsOf).Single();
        return [.. Enumerable.Range(start, count).Select(i => (i % 3) switch
        {
            0 => blacklisted with { Uscc = Uscc(i) },
            1 => plain with { Uscc = Uscc(i), Name = "=HYPERLINK(\"x\"), 有限公司\n第二行", Outcome = plain.Outcome with { Ratio = 0.00125, SafetyScore = 59.99 + (i / 1e9) } },
            _ => plain with { Uscc = Uscc(i), Name = "'-x", Outcome = plain.Outcome with { Error = "table ratios: no row matches", Hits = [] } },
        })];
    }

    private static string Uscc(int i) => "91210800MA0T" + i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    private static List<string> Describe(IEnumerable<Assessment> assessments)
        => [.. assessments.Select(a => $"{a.Uscc}|{a.Name}|{a.AsOf}|{a.BundleHash}|{a.Outcome.SafetyScore:R}|{a.Outcome.SafetyLevel}|{a.Outcome.CreditScore:R}|"
            + $"{a.Outcome.CreditClass}|{a.Outcome.Category}|{a.Outcome.Ratio:R}|{a.Outcome.MinCount}|{a.Outcome.Exempt}|{a.Outcome.Regime}|"
            + $"{string.Join(';', a.Outcome.Hits)}|{a.Outcome.Error}")];
}
