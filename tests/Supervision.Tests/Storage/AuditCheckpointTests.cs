using System.Security.Cryptography;
using System.Text.Json;
using Supervision.Storage.Audit;
using Supervision.Tests.Cli;
using Supervision.Tests.Import;

namespace Supervision.Tests.Storage;

/// <summary>
/// Signed checkpoints of the audit chain's head, kept outside the database: a cut tail, a rewritten chain and a forged
/// checkpoint are detected, where the chain alone says "intact".
/// </summary>
public sealed class AuditCheckpointTests
{
    [Fact]
    public async Task TailCutOff_TheChainAloneIsIntact_TheCheckpointCatchesIt()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var log = new AuditLog(db.Database, new SteppingClock());
        await AppendAsync(log, 6);
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var head = await log.VerifyAsync();
        var checkpoint = AuditCheckpoints.Sign(head.LastSeq, head.HeadHash, DateTimeOffset.UnixEpoch, key);

        await db.ExecuteAsync("DELETE FROM supervision.audit_log WHERE seq >= 5");

        Assert.True((await log.VerifyAsync()).IsIntact);
        var held = await log.VerifyAsync([checkpoint]);
        Assert.Equal(AuditProblemKind.Truncated, held.Problem?.Kind);
        Assert.Contains("entries 5 to 6 were cut off", held.Problem!.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChainRewrittenFromAnEntryOn_EveryLinkRecomputed_TheCheckpointCatchesIt()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var log = new AuditLog(db.Database, new SteppingClock());
        var entries = await AppendAsync(log, 5);
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var checkpoint = AuditCheckpoints.Sign(5, entries[4].Hash, DateTimeOffset.UnixEpoch, key);

        // Someone with psql access edits entry 3 and recomputes every hash after it: the chain is consistent again.
        var previous = entries[1].Hash;
        for (var i = 2; i < entries.Count; i++)
        {
            var e = entries[i];
            var payload = i == 2 ? """{"rows":999}""" : e.Payload;
            var hash = AuditEncoding.Hash(e.Seq, e.At, e.Actor, e.Kind, e.Subject, payload, previous);
            await db.ExecuteAsync("UPDATE supervision.audit_log SET payload = $1::jsonb, prev_hash = $2, hash = $3 WHERE seq = $4", payload, previous, hash, e.Seq);
            previous = hash;
        }

        Assert.True((await log.VerifyAsync()).IsIntact);
        Assert.Equal(AuditProblemKind.Rewritten, (await log.VerifyAsync([checkpoint])).Problem?.Kind);
    }

    [Fact]
    public async Task EntriesAppendedAfterTheCheckpoint_StillHoldIt()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var log = new AuditLog(db.Database, new SteppingClock());
        var entries = await AppendAsync(log, 3);
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var checkpoint = AuditCheckpoints.Sign(3, entries[2].Hash, DateTimeOffset.UnixEpoch, key);

        await AppendAsync(log, 2);

        Assert.True((await log.VerifyAsync([checkpoint])).IsIntact);
    }

    [Fact]
    public void Checkpoint_AlteredOrSignedByAnotherKey_FailsItsSignature()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var checkpoint = AuditCheckpoints.Sign(7, new string('a', 64), new DateTimeOffset(2026, 12, 7, 4, 0, 0, TimeSpan.Zero), key);

        Assert.Null(AuditCheckpoints.CheckSignature(checkpoint, key));
        Assert.Contains("does not match", AuditCheckpoints.CheckSignature(checkpoint with { Seq = 5 }, key), StringComparison.Ordinal);
        Assert.Contains("does not match", AuditCheckpoints.CheckSignature(checkpoint with { HeadHash = new string('b', 64) }, key), StringComparison.Ordinal);
        Assert.Contains("not by the key given", AuditCheckpoints.CheckSignature(checkpoint, other), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cli_KeygenCheckpointVerify_ThenTheTailCut_Exits6()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        await AppendAsync(new AuditLog(db.Database, new SteppingClock()), 4);
        using var directory = new TempDirectory();
        var keyPath = Path.Combine(directory.Path, "audit-key.pem");

        Assert.Equal(0, CliRunner.Run("audit", "keygen", "--out", keyPath).ExitCode);
        Assert.Equal(0, CliRunner.Run("audit", "checkpoint", "--connection", db.ConnectionString, "--key", keyPath, "--out", directory.Path).ExitCode);
        var checkpoint = Path.Combine(directory.Path, "checkpoint-4.json");
        var publicKey = Path.Combine(directory.Path, "audit-key.pub.pem");
        Assert.Equal(0, CliRunner.Run("audit", "verify", "--connection", db.ConnectionString, "--checkpoint", checkpoint, "--public-key", publicKey).ExitCode);

        await db.ExecuteAsync("DELETE FROM supervision.audit_log WHERE seq = 4");
        var (code, stdout, _) = CliRunner.Run("audit", "verify", "--connection", db.ConnectionString, "--checkpoint", checkpoint, "--public-key", publicKey);
        Assert.Equal(6, code);
        Assert.Contains("Truncated", stdout, StringComparison.Ordinal);

        // A checkpoint edited to claim less (to hide the cut) no longer carries a valid signature.
        File.WriteAllText(checkpoint, File.ReadAllText(checkpoint).Replace("\"seq\": 4", "\"seq\": 3", StringComparison.Ordinal));
        Assert.Equal(6, CliRunner.Run("audit", "verify", "--connection", db.ConnectionString, "--checkpoint", checkpoint, "--public-key", publicKey).ExitCode);
    }

    [Fact]
    public async Task EntriesAbout_ASubject_AreItsEntriesInChainOrder()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var log = new AuditLog(db.Database, new SteppingClock());
        await AppendAsync(log, 3);

        var about = await log.EntriesAboutAsync("file-2");

        Assert.Equal(2L, Assert.Single(about).Seq);
        Assert.Empty(await log.EntriesAboutAsync("no-such-draw"));
    }

    private static async Task<List<AuditEntry>> AppendAsync(AuditLog log, int count)
    {
        var entries = new List<AuditEntry>();
        for (var i = 1; i <= count; i++)
        {
            entries.Add(await log.AppendAsync("import", $"file-{i}", JsonSerializer.SerializeToElement(new { rows = i * 100 }), "test"));
        }

        return entries;
    }
}
