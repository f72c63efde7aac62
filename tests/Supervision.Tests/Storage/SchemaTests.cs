using Npgsql;

namespace Supervision.Tests.Storage;

/// <summary>Constraints of the schema (0001_initial.sql) that the nightly job relies on.</summary>
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
