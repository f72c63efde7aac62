using Npgsql;
using Supervision.Application.Bundles;
using Supervision.Storage.Changes;
using Supervision.Storage.Migrations;
using Supervision.Tests.Storage;
using Supervision.Tests.Support;
using Supervision.Tests.Web;

namespace Supervision.Tests.Changes;

/// <summary>
/// Four eyes held by the database itself: whoever writes — the service, the CLI or psql — a request cannot be reviewed
/// by its author, published before it is approved, changed after it was proposed, or deleted.
/// </summary>
public sealed class ChangeRequestStoreTests
{
    private static async Task<(TestDatabase Db, ChangeRequestStore Store, long Id)> ProposedAsync()
    {
        var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        await new MigrationRunner(db.Database).MigrateAsync();
        await using (var app = await WebWorld.StartAsync(db))
        {
            // The accounts exist once the service has started once.
        }

        await RuleChangeWorld.AddSecondRegulatorAsync(db);
        var store = new ChangeRequestStore(db.Database, TimeProvider.System);
        var (report, passed, hash) = BundleChanges.Check(RepoPaths.Rules);
        Assert.True(passed, report);
        var id = await store.ProposeAsync(new ChangeRequestDraft("调整 IV 类比例", RuleChangeWorld.FirstRegulator, CandidateArchive.Pack(RepoPaths.Rules), hash!, null, report, passed));
        return (db, store, id);
    }

    [Fact]
    public async Task Review_ByTheAuthor_IsRefusedByTheStoreAndByTheDatabase()
    {
        var (db, store, id) = await ProposedAsync();
        await using var _ = db;

        var refused = await Assert.ThrowsAsync<ChangeRequestRefusedException>(() => store.ReviewAsync(id, RuleChangeWorld.FirstRegulator, true, "自己批准"));
        var direct = await Assert.ThrowsAsync<PostgresException>(() => db.ExecuteAsync(
            $"UPDATE supervision.change_requests SET status = 'approved', reviewer = author, reviewed_at = now(), review_comment = 'psql' WHERE request_id = {id}"));

        Assert.Contains("four eyes", refused.Message, StringComparison.Ordinal);
        Assert.Equal(PostgresErrorCodes.CheckViolation, direct.SqlState);
        Assert.Equal(ChangeRequest.Proposed, (await store.GetAsync(id))!.Status);
    }

    [Fact]
    public async Task Publish_BeforeApproval_OrAChangedProposal_OrADeletion_IsRefusedByTheDatabase()
    {
        var (db, store, id) = await ProposedAsync();
        await using var _ = db;

        var early = await Assert.ThrowsAsync<PostgresException>(() => db.ExecuteAsync(
            $"UPDATE supervision.change_requests SET status = 'published', published_by = 'psql', published_at = now() WHERE request_id = {id}"));
        await store.ReviewAsync(id, RuleChangeWorld.SecondRegulator, true, "同意，比例不低于3%");
        var swapped = await Assert.ThrowsAsync<PostgresException>(() => db.ExecuteAsync(
            $"UPDATE supervision.change_requests SET content = 'x'::bytea, content_sha256 = encode(sha256('x'::bytea), 'hex') WHERE request_id = {id}"));
        var deleted = await Assert.ThrowsAsync<PostgresException>(() => db.ExecuteAsync($"DELETE FROM supervision.change_requests WHERE request_id = {id}"));
        var reviewedAgain = await Assert.ThrowsAsync<ChangeRequestRefusedException>(() => store.ReviewAsync(id, RuleChangeWorld.SecondRegulator, false, "改主意"));

        Assert.Contains("proposed cannot become published", early.MessageText, StringComparison.Ordinal);
        Assert.Contains("what was proposed cannot change", swapped.MessageText, StringComparison.Ordinal);
        Assert.Contains("requests are kept", deleted.MessageText, StringComparison.Ordinal);
        Assert.Contains("not proposed", reviewedAgain.Message, StringComparison.Ordinal);
        var approved = (await store.GetAsync(id))!;
        Assert.Equal((ChangeRequest.Approved, RuleChangeWorld.SecondRegulator, "同意，比例不低于3%"), (approved.Status, approved.Reviewer, approved.ReviewComment));
        var kinds = await db.ListAsync<string>($"SELECT kind FROM supervision.audit_log WHERE subject = 'change-request/{id}' ORDER BY seq");
        Assert.Equal(["rule-change-proposed", "rule-change-approved"], kinds);
    }

    [Fact]
    public async Task Approve_ARequestWhoseChecksFailed_IsRefused_ItCanOnlyBeRejected()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        await using (var app = await WebWorld.StartAsync(db))
        {
        }

        await RuleChangeWorld.AddSecondRegulatorAsync(db);
        var store = new ChangeRequestStore(db.Database, TimeProvider.System);
        using var bundle = new BundleCopy();
        bundle.Replace("tests/safety.yaml", "category: IV\n      ratio: 3%\n      regime: trigger_only\n      fired: [S-DED-MAJOR-HAZARD, SL-BLUE]",
            "category: II\n      ratio: 3%\n      regime: trigger_only\n      fired: [S-DED-MAJOR-HAZARD, SL-BLUE]");
        var (report, passed, hash) = BundleChanges.Check(bundle.Directory);
        var id = await store.ProposeAsync(new ChangeRequestDraft("错误的测试", RuleChangeWorld.FirstRegulator, CandidateArchive.Pack(bundle.Directory), hash!, null, report, passed));

        var refused = await Assert.ThrowsAsync<ChangeRequestRefusedException>(() => store.ReviewAsync(id, RuleChangeWorld.SecondRegulator, true, "同意"));
        var rejected = await store.ReviewAsync(id, RuleChangeWorld.SecondRegulator, false, "测试未通过，退回");

        Assert.False(passed);
        Assert.Contains("FAIL 构成重大危险源扣10分，得分90仍为蓝色", report, StringComparison.Ordinal);
        Assert.Contains("failed its checks", refused.Message, StringComparison.Ordinal);
        Assert.Equal(ChangeRequest.Rejected, rejected.Status);
    }

    [Fact]
    public async Task Propose_ABundleThatDoesNotCompile_IsKeptWithItsDiagnostics_AndCanOnlyBeRejected()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        await using (var app = await WebWorld.StartAsync(db))
        {
        }

        await RuleChangeWorld.AddSecondRegulatorAsync(db);
        var store = new ChangeRequestStore(db.Database, TimeProvider.System);
        using var broken = new BundleCopy();
        broken.Replace("evaluation/safety.yaml", "when: fire_brigade", "when: fire_brigad");

        var id = await new BundleChanges(store, TimeProvider.System).ProposeAsync("拼错的规则", RuleChangeWorld.FirstRegulator,
            CandidateArchive.Pack(broken.Directory), RepoPaths.Rules, CancellationToken.None);
        var request = (await store.GetAsync(id))!;
        var refused = await Assert.ThrowsAsync<ChangeRequestRefusedException>(() => store.ReviewAsync(id, RuleChangeWorld.SecondRegulator, true, "同意"));

        Assert.Null(request.BundleHash);
        Assert.False(request.ChecksPassed);
        Assert.Equal(Supervision.Rules.Bundle.BundleHasher.Hash(RepoPaths.Rules), request.BaseHash);
        Assert.Contains("evaluation/safety.yaml:", request.CheckReport, StringComparison.Ordinal);
        Assert.Contains("fire_brigad", request.CheckReport, StringComparison.Ordinal);
        Assert.Contains("failed its checks", refused.Message, StringComparison.Ordinal);
    }
}
