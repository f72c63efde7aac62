using System.Text.Json;
using Supervision.Storage.Audit;

namespace Supervision.Tests.Storage;

/// <summary>
/// The hash-chained audit log against a real PostgreSQL. Each test appends to a log of its own (a fresh database) and,
/// where it says so, tampers with the rows in SQL as someone with psql access would.
/// </summary>
public sealed class AuditLogTests
{
    [Fact]
    public void Hash_DocumentedTestVector_Matches()
    {
        using var payload = JsonDocument.Parse("""{"tasks": 42, "plans": ["A-1", "B-2"], "note": "抽查 \"ok\"\n", "ratio": 1.50}""");
        var at = new DateTimeOffset(2026, 11, 27, 2, 30, 0, TimeSpan.Zero).AddTicks(1_234_560);
        var canonicalPayload = CanonicalJson.Serialize(payload.RootElement);

        var canonical = AuditEncoding.Canonical(1, at, "nightly", "draw", "draw-2026-11-27", canonicalPayload, AuditEncoding.GenesisHash);
        var hash = AuditEncoding.Hash(1, at, "nightly", "draw", "draw-2026-11-27", canonicalPayload, AuditEncoding.GenesisHash);

        Assert.Equal(
            """["supervision-audit/v1",1,"2026-11-27T02:30:00.123456Z","nightly","draw","draw-2026-11-27",{"note":"抽查 \"ok\"\n","plans":["A-1","B-2"],"ratio":1.5,"tasks":42},"""
            + "\"" + new string('0', 64) + "\"]",
            canonical);
        Assert.Equal("4ff2296b5726ec87851c7ec926aa1b9a06bc8f12fb15224ce49b12ddc879332e", hash);
    }

    [Fact]
    public async Task AppendAsync_ThreeEntries_ChainLinksAndVerifies()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var log = new AuditLog(db.Database, new SteppingClock());

        var entries = await AppendAsync(log, 3);
        var verification = await log.VerifyAsync();

        Assert.Equal([1L, 2L, 3L], entries.Select(e => e.Seq));
        Assert.Equal(AuditEncoding.GenesisHash, entries[0].PrevHash);
        Assert.Equal(entries[0].Hash, entries[1].PrevHash);
        Assert.Equal(entries[1].Hash, entries[2].PrevHash);
        Assert.True(verification.IsIntact, verification.Problem?.Detail);
        Assert.Equal(3, verification.Entries);
        Assert.Equal(entries[2].Hash, verification.HeadHash);
    }

    [Fact]
    public async Task VerifyAsync_EmptyLog_IsIntact()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();

        var verification = await new AuditLog(db.Database, new SteppingClock()).VerifyAsync();

        Assert.True(verification.IsIntact);
        Assert.Equal(0, verification.LastSeq);
    }

    [Fact]
    public async Task AppendAsync_ConcurrentAppenders_NeverFork()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var log = new AuditLog(db.Database, new SteppingClock());

        await Task.WhenAll(Enumerable.Range(0, 24).Select(i => Task.Run(() => log.AppendAsync("import", $"file-{i}", Payload(i), "worker"))));
        var verification = await log.VerifyAsync();

        Assert.True(verification.IsIntact, verification.Problem?.Detail);
        Assert.Equal(24, verification.LastSeq);
    }

    [Fact]
    public async Task VerifyAsync_PayloadReorderedAndNumbersRewrittenByJsonb_IsIntact()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var log = new AuditLog(db.Database, new SteppingClock());
        using var payload = JsonDocument.Parse("""{"zeta": 1e2, "alpha": [1.50, -0, 0.1], "mid": {"b": null, "a": true}, "长": "\u00e9\t"}""");

        await log.AppendAsync("rule-publication", "bundle", payload.RootElement, "regulator");
        var verification = await log.VerifyAsync();

        Assert.True(verification.IsIntact, verification.Problem?.Detail);
    }

    [Fact]
    public async Task VerifyAsync_PayloadEditedInSql_ReportsTheAlteredEntry()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var log = new AuditLog(db.Database, new SteppingClock());
        await AppendAsync(log, 5);

        await db.ExecuteAsync("UPDATE supervision.audit_log SET payload = jsonb_set(payload, '{rows}', '999') WHERE seq = 3");
        var verification = await log.VerifyAsync();

        Assert.Equal(new AuditProblem(AuditProblemKind.Altered, 3, "entry 3: its content does not match its hash"), verification.Problem);
    }

    [Fact]
    public async Task VerifyAsync_EntryEditedAndItsHashRecomputed_ReportsTheAlteredEntry()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var log = new AuditLog(db.Database, new SteppingClock());
        var entries = await AppendAsync(log, 5);
        var target = entries[2];
        var forgedPayload = """{"rows":999}""";
        var forgedHash = AuditEncoding.Hash(target.Seq, target.At, target.Actor, target.Kind, target.Subject, forgedPayload, target.PrevHash);

        await db.ExecuteAsync("UPDATE supervision.audit_log SET payload = $1::jsonb, hash = $2 WHERE seq = 3", forgedPayload, forgedHash);
        var verification = await log.VerifyAsync();

        Assert.Equal(AuditProblemKind.Altered, verification.Problem?.Kind);
        Assert.Equal(3, verification.Problem?.Seq);
    }

    [Fact]
    public async Task VerifyAsync_RowDeletedInSql_ReportsTheDeletedEntry()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var log = new AuditLog(db.Database, new SteppingClock());
        await AppendAsync(log, 5);

        await db.ExecuteAsync("DELETE FROM supervision.audit_log WHERE seq = 3");
        var verification = await log.VerifyAsync();

        Assert.Equal(new AuditProblem(AuditProblemKind.Deleted, 3, "entry 3 is missing"), verification.Problem);
    }

    [Fact]
    public async Task VerifyAsync_FirstRowDeletedInSql_ReportsTheDeletedEntry()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var log = new AuditLog(db.Database, new SteppingClock());
        await AppendAsync(log, 3);

        await db.ExecuteAsync("DELETE FROM supervision.audit_log WHERE seq = 1");
        var verification = await log.VerifyAsync();

        Assert.Equal(AuditProblemKind.Deleted, verification.Problem?.Kind);
        Assert.Equal(1, verification.Problem?.Seq);
    }

    [Fact]
    public async Task VerifyAsync_RowInsertedInSqlWithAValidHash_ReportsTheInsertedEntry()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var log = new AuditLog(db.Database, new SteppingClock());
        var entries = await AppendAsync(log, 5);

        // The forger knows the encoding: makes room at seq 3 and inserts an entry that links correctly to entry 2.
        await db.ExecuteAsync("UPDATE supervision.audit_log SET seq = seq + 1000 WHERE seq >= 3");
        await db.ExecuteAsync("UPDATE supervision.audit_log SET seq = seq - 999 WHERE seq >= 1003");
        var at = entries[1].At.AddSeconds(1);
        const string payload = """{"rows":1}""";
        var hash = AuditEncoding.Hash(3, at, "forger", "import", "backdated", payload, entries[1].Hash);
        await db.ExecuteAsync(
            "INSERT INTO supervision.audit_log (seq, at, actor, kind, subject, payload, prev_hash, hash) VALUES (3, $1, 'forger', 'import', 'backdated', $2::jsonb, $3, $4)",
            at, payload, entries[1].Hash, hash);
        var verification = await log.VerifyAsync();

        Assert.Equal(AuditProblemKind.Inserted, verification.Problem?.Kind);
        Assert.Equal(3, verification.Problem?.Seq);
    }

    [Fact]
    public async Task AppendAsync_InACallersTransactionThatRollsBack_LeavesNoEntryAndNoGap()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var log = new AuditLog(db.Database, new SteppingClock());
        await using (var connection = await db.Database.OpenConnectionAsync())
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await log.AppendAsync(transaction, "draw", "draw-1", Payload(1), "nightly");
            await transaction.RollbackAsync();
        }

        var entry = await log.AppendAsync("draw", "draw-1", Payload(1), "nightly");

        Assert.Equal(1, entry.Seq);
        Assert.True((await log.VerifyAsync()).IsIntact);
    }

    [Fact]
    public async Task AppendAsync_PayloadWithARepeatedMember_Throws()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        using var payload = JsonDocument.Parse("""{"a": 1, "a": 2}""");

        await Assert.ThrowsAsync<ArgumentException>(
            () => new AuditLog(db.Database, new SteppingClock()).AppendAsync("import", "x", payload.RootElement, "someone"));
    }

    private static async Task<List<AuditEntry>> AppendAsync(AuditLog log, int count)
    {
        var entries = new List<AuditEntry>();
        for (var i = 1; i <= count; i++)
        {
            entries.Add(await log.AppendAsync(i % 2 == 0 ? "run" : "import", $"subject-{i}", Payload(i), "nightly"));
        }

        return entries;
    }

    private static JsonElement Payload(int i) => JsonSerializer.SerializeToElement(new Dictionary<string, object> { ["rows"] = i * 100, ["file"] = $"enterprises-{i}.csv" });
}
