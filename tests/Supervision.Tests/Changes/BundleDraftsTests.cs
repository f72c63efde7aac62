using System.IO.Compression;
using Supervision.Application.Bundles;
using Supervision.Storage.Changes;
using Supervision.Tests.Storage;
using Supervision.Tests.Support;

namespace Supervision.Tests.Changes;

/// <summary>
/// Change drafts through the use case on a real PostgreSQL: category IV's ratio edited from 3 % to 4 % in the grid fails
/// the checks at the tests that pin 3 %; fixing those test files makes them pass; the submitted request differs from the
/// bundle in force in exactly those files. A draft is its author's alone, and paths outside the bundle are refused.
/// </summary>
public sealed class BundleDraftsTests
{
    /// <summary>The rule tests that pin category IV's 3 % (found by running the checks after the edit).</summary>
    private static readonly string[] PinningTests = ["tests/matrix.yaml", "tests/regimes.yaml", "tests/safety.yaml"];

    private static async Task<(TestDatabase Db, BundleDrafts Drafts, ChangeRequestStore Requests)> WorldAsync()
    {
        var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        await RuleChangeWorld.AddBothRegulatorsAsync(db);
        var requests = new ChangeRequestStore(db.Database, TimeProvider.System);
        return (db, new BundleDrafts(new ChangeDraftStore(db.Database, TimeProvider.System), new BundleChanges(requests, TimeProvider.System)), requests);
    }

    private static async Task EditRatioAsync(BundleDrafts drafts, long id, string author, string from, string to)
    {
        var table = (await drafts.ReadTableAsync(id, author, "tables/ratios.csv", CancellationToken.None))!;
        var rows = table.Rows.Select(r => r[0] == "RT-IV" && r[2] == from ? (IReadOnlyList<string>)[.. r.Take(2), to, .. r.Skip(3)] : r).ToList();
        Assert.True(await drafts.WriteTableAsync(id, author, "tables/ratios.csv", rows, CancellationToken.None));
    }

    private static Dictionary<string, byte[]> Files(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        return archive.Entries.Where(e => !e.FullName.EndsWith('/')).ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return buffer.ToArray();
        }, StringComparer.Ordinal);
    }

    [Fact]
    public async Task RatioEditedInTheGrid_FailsAtThePinnedTests_FixedTestsPass_SubmittedRequestChangesOnlyThoseFiles()
    {
        var (db, drafts, requests) = await WorldAsync();
        await using var _ = db;
        var author = RuleChangeWorld.FirstRegulator;
        var id = await drafts.StartAsync(author, RepoPaths.Rules, CancellationToken.None);

        await EditRatioAsync(drafts, id, author, "3%", "4%");
        var failing = (await drafts.OverviewAsync(id, author, RepoPaths.Rules, CancellationToken.None))!;
        foreach (var test in PinningTests)
        {
            var file = (await drafts.ReadFileAsync(id, author, test, CancellationToken.None))!;
            Assert.True(await drafts.WriteFileAsync(id, author, test, file.Text.Replace("ratio: 3%", "ratio: 4%", StringComparison.Ordinal), CancellationToken.None));
        }

        var passing = (await drafts.OverviewAsync(id, author, RepoPaths.Rules, CancellationToken.None))!;
        var refusedUntitled = await Assert.ThrowsAsync<DraftEditRefusedException>(() => drafts.SubmitAsync(id, author, " ", RepoPaths.Rules, CancellationToken.None));
        var requestId = (await drafts.SubmitAsync(id, author, "IV 类抽查比例由3%提高到4%", RepoPaths.Rules, CancellationToken.None))!.Value;

        Assert.False(failing.ChecksPassed);
        Assert.Equal([new DraftFileChange("tables/ratios.csv", DraftFileChange.Changed)], failing.Changes);
        Assert.Contains("tests/matrix.yaml:26: FAIL", failing.CheckReport, StringComparison.Ordinal);
        Assert.Contains("expected ratio 3%, got 4%", failing.CheckReport, StringComparison.Ordinal);
        Assert.Contains("checks failed", failing.CheckReport, StringComparison.Ordinal);
        Assert.True(passing.ChecksPassed, passing.CheckReport);
        Assert.Equal(["tables/ratios.csv", .. PinningTests], passing.Changes.Select(c => c.Path).Order(StringComparer.Ordinal));
        Assert.Contains("变更说明", refusedUntitled.Message, StringComparison.Ordinal);
        var request = (await requests.GetAsync(requestId))!;
        Assert.Equal((author, true, "IV 类抽查比例由3%提高到4%"), (request.Author, request.ChecksPassed, request.Title));
        Assert.Equal(Supervision.Rules.Bundle.BundleHasher.Hash(RepoPaths.Rules), request.BaseHash);
        var proposed = Files((await requests.ContentAsync(requestId))!);
        var inForce = Files(CandidateArchive.Pack(RepoPaths.Rules));
        Assert.Equal(inForce.Keys.Order(StringComparer.Ordinal), proposed.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["tables/ratios.csv", .. PinningTests], inForce.Keys.Where(k => !inForce[k].AsSpan().SequenceEqual(proposed[k])).Order(StringComparer.Ordinal));
        var ratioLines = (Before: File.ReadAllLines(Path.Combine(RepoPaths.Rules, "tables", "ratios.csv")), After: System.Text.Encoding.UTF8.GetString(proposed["tables/ratios.csv"]).Split('\n'));
        Assert.Equal(
            [(ratioLines.Before[4], ratioLines.Before[4].Replace("RT-IV,IV,3%", "RT-IV,IV,4%", StringComparison.Ordinal))],
            ratioLines.Before.Zip(ratioLines.After).Where(p => p.First != p.Second));
        Assert.Empty(await drafts.ListAsync(author, CancellationToken.None));
    }

    [Fact]
    public async Task PlanFieldEdited_KeepsTheOtherLinesAndItsComment()
    {
        var (db, drafts, _) = await WorldAsync();
        await using var _ = db;
        var author = RuleChangeWorld.FirstRegulator;
        var id = await drafts.StartAsync(author, RepoPaths.Rules, CancellationToken.None);
        const string file = "plans/2026-12-market.yaml";

        Assert.True(await drafts.WritePlanAsync(id, author, file, new Dictionary<string, string> { ["verification_share"] = "2%", ["ratios"] = "{ I: 40% }" }, CancellationToken.None));
        var after = (await drafts.ReadFileAsync(id, author, file, CancellationToken.None))!.Text.Split('\n');
        var before = File.ReadAllText(Path.Combine(RepoPaths.Rules, file)).Split('\n');
        var plan = (await drafts.ReadPlanAsync(id, author, file, CancellationToken.None))!;

        Assert.Equal(before.Length, after.Length);
        Assert.Equal(["ratios: { I: 40% }        # 按评估结果的分类抽查比例", "verification_share: 2%"], before.Zip(after).Where(p => p.First != p.Second).Select(p => p.Second));
        Assert.Equal("2%", plan.Fields.Single(f => f.Key == "verification_share").Value);
    }

    [Fact]
    public async Task AnotherRegulator_FindsNoDraft_CannotChangeSubmitOrDiscardIt_ItsAuthorDiscardsIt()
    {
        var (db, drafts, _) = await WorldAsync();
        await using var _ = db;
        var author = RuleChangeWorld.FirstRegulator;
        var other = RuleChangeWorld.SecondRegulator;
        var id = await drafts.StartAsync(author, RepoPaths.Rules, CancellationToken.None);

        Assert.Null(await drafts.OverviewAsync(id, other, RepoPaths.Rules, CancellationToken.None));
        Assert.Null(await drafts.ReadTableAsync(id, other, "tables/ratios.csv", CancellationToken.None));
        Assert.False(await drafts.WriteFileAsync(id, other, "tests/matrix.yaml", "cases: []\n", CancellationToken.None));
        Assert.False(await drafts.RenameAsync(id, other, "别人的草稿", CancellationToken.None));
        Assert.Null(await drafts.SubmitAsync(id, other, "别人的草稿", RepoPaths.Rules, CancellationToken.None));
        Assert.False(await drafts.DiscardAsync(id, other, CancellationToken.None));
        Assert.Empty(await drafts.ListAsync(other, CancellationToken.None));

        var mine = (await drafts.OverviewAsync(id, author, RepoPaths.Rules, CancellationToken.None))!;
        Assert.Empty(mine.Changes);
        Assert.Equal("", mine.Draft.Title);
        Assert.True(await drafts.DiscardAsync(id, author, CancellationToken.None));
        Assert.Empty(await drafts.ListAsync(author, CancellationToken.None));
    }

    [Fact]
    public async Task PathsOutsideTheBundle_AreRefused_AndTheDraftIsUnchanged()
    {
        var (db, drafts, _) = await WorldAsync();
        await using var _ = db;
        var author = RuleChangeWorld.FirstRegulator;
        var id = await drafts.StartAsync(author, RepoPaths.Rules, CancellationToken.None);

        var read = await Assert.ThrowsAsync<DraftEditRefusedException>(() => drafts.ReadFileAsync(id, author, "../../etc/passwd.yaml", CancellationToken.None));
        var write = await Assert.ThrowsAsync<DraftEditRefusedException>(() => drafts.WriteFileAsync(id, author, "tests/../../evil.yaml", "x", CancellationToken.None));
        var table = await Assert.ThrowsAsync<DraftEditRefusedException>(() => drafts.WriteTableAsync(id, author, "/tmp/ratios.csv", [], CancellationToken.None));
        var notAPlan = await Assert.ThrowsAsync<DraftEditRefusedException>(() => drafts.ReadPlanAsync(id, author, "tables/ratios.csv", CancellationToken.None));

        Assert.All([read, write, table], e => Assert.Contains("不在规则目录内", e.Message, StringComparison.Ordinal));
        Assert.Contains("不是 YAML", notAPlan.Message, StringComparison.Ordinal);
        Assert.Empty((await drafts.OverviewAsync(id, author, RepoPaths.Rules, CancellationToken.None))!.Changes);
    }
}
