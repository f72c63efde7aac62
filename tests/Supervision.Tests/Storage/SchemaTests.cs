using Npgsql;

namespace Supervision.Tests.Storage;

/// <summary>Constraints of the schema (the migrations) that the nightly job relies on.</summary>
public sealed class SchemaTests(MigratedDatabaseFixture fixture) : IClassFixture<MigratedDatabaseFixture>
{
    private const string InsertDraw = """
        INSERT INTO supervision.draws (draw_id, plan_ids, draw_date, as_of, seed_commitment, population_sha256, record)
        VALUES ($1, $2, $3, $3, repeat('a', 64), repeat('b', 64), '{}')
        """;

    [Fact]
    public async Task Draws_SamePlanSetAndDateInAnotherOrder_IsRejected()
    {
        var day = new DateOnly(2026, 11, 27);
        await fixture.Database.ExecuteAsync(InsertDraw, "draw-1", new[] { "safety-2026", "food-2026" }, day);

        var duplicate = await Assert.ThrowsAsync<PostgresException>(
            () => fixture.Database.ExecuteAsync(InsertDraw, "draw-2", new[] { "food-2026", "safety-2026" }, day));

        Assert.Equal(PostgresErrorCodes.UniqueViolation, duplicate.SqlState);
        Assert.Equal("draws_plan_key_draw_date_key", duplicate.ConstraintName);
    }

    [Fact]
    public async Task Draws_SamePlanSetOnAnotherDay_IsAccepted()
    {
        await fixture.Database.ExecuteAsync(InsertDraw, "draw-3", new[] { "fire-2026" }, new DateOnly(2026, 11, 27));

        await fixture.Database.ExecuteAsync(InsertDraw, "draw-4", new[] { "fire-2026" }, new DateOnly(2026, 11, 28));

        Assert.Equal("fire-2026", await fixture.Database.ScalarAsync<string>("SELECT plan_key FROM supervision.draws WHERE draw_id = 'draw-4'"));
    }

    [Fact]
    public async Task AssessmentRuns_Deleted_TakeTheirAssessmentsAndNoOtherRunsOnes()
    {
        // 0005 replaced the assessments' foreign key (a check per inserted row) by a trigger on the runs.
        const string insertRun = "INSERT INTO supervision.assessment_runs (run_id, as_of, bundle_hash) VALUES ($1, '2026-11-27', repeat('c', 64))";
        const string insertAssessment = "INSERT INTO supervision.assessments (run_id, uscc, chunk_no) VALUES ($1, $2, 0)";
        await fixture.Database.ExecuteAsync(insertRun, "run-deleted");
        await fixture.Database.ExecuteAsync(insertRun, "run-kept");
        await fixture.Database.ExecuteAsync(insertAssessment, "run-deleted", "91210800MA0000001X");
        await fixture.Database.ExecuteAsync(insertAssessment, "run-deleted", "91210800MA0000002X");
        await fixture.Database.ExecuteAsync(insertAssessment, "run-kept", "91210800MA0000001X");

        await fixture.Database.ExecuteAsync("DELETE FROM supervision.assessment_runs WHERE run_id = $1", "run-deleted");

        Assert.Equal(0L, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM supervision.assessments WHERE run_id = 'run-deleted'"));
        Assert.Equal(1L, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM supervision.assessments WHERE run_id = 'run-kept'"));
    }

    [Fact]
    public async Task Draws_Deleted_TakeTheirTasksAndNoOtherDrawsOnes()
    {
        // 0005 replaced the tasks' foreign key (a check per inserted row) by a trigger on the draws.
        const string insertTask = """
            INSERT INTO supervision.draw_tasks (draw_id, task_id, plan_id, uscc, department, pool, visit_id, window_from, window_to, items, team)
            VALUES ($1, $2, 'audit-2026', '91210800MA0000001X', 'market', 'III', 'V1', '2026-12-01', '2026-12-05', '{}', '{I-1}')
            """;
        await fixture.Database.ExecuteAsync(InsertDraw, "draw-deleted", new[] { "audit-2026" }, new DateOnly(2026, 11, 27));
        await fixture.Database.ExecuteAsync(InsertDraw, "draw-kept", new[] { "audit-2026" }, new DateOnly(2026, 11, 28));
        await fixture.Database.ExecuteAsync(insertTask, "draw-deleted", "T1");
        await fixture.Database.ExecuteAsync(insertTask, "draw-deleted", "T2");
        await fixture.Database.ExecuteAsync(insertTask, "draw-kept", "T1");

        await fixture.Database.ExecuteAsync("DELETE FROM supervision.draws WHERE draw_id = $1", "draw-deleted");

        Assert.Equal(0L, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM supervision.draw_tasks WHERE draw_id = 'draw-deleted'"));
        Assert.Equal(1L, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM supervision.draw_tasks WHERE draw_id = 'draw-kept'"));
    }

    [Fact]
    public async Task RuleBundles_ArchiveNotMatchingTheContentHash_IsRejected()
    {
        const string insert = """
            INSERT INTO supervision.rule_bundles (content_hash, id, version, author, approver, published_at, tests, archive)
            VALUES ($1, 'yingkou', '1', 'author', 'approver', now(), 3, $2)
            """;
        var archive = "bundle.yaml\n3\nid:"u8.ToArray();
        var right = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(archive));

        await fixture.Database.ExecuteAsync(insert, right, archive);
        var wrong = await Assert.ThrowsAsync<PostgresException>(() => fixture.Database.ExecuteAsync(insert, new string('f', 64), archive));

        Assert.Equal(PostgresErrorCodes.CheckViolation, wrong.SqlState);
    }
}
