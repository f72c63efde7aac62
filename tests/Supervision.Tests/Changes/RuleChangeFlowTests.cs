using System.Net;
using System.Net.Http.Headers;
using Supervision.Application.Bundles;
using Supervision.Storage.Accounts;
using Supervision.Tests.Cli;
using Supervision.Tests.Import;
using Supervision.Tests.Storage;
using Supervision.Tests.Support;
using Supervision.Tests.Web;

namespace Supervision.Tests.Changes;

/// <summary>
/// A ratio change through the web workspace under real identities: one regulator proposes it and sees its checks and
/// what-if, cannot approve it herself, a second approves, the store the nights read has it in force under both names
/// with the audit trail; `rules publish` publishes only an approved request's bundle, never on typed names.
/// </summary>
public sealed class RuleChangeFlowTests
{
    /// <summary>The shipped bundle with category II's ratio raised from 10 % to 12 % and its tests updated.</summary>
    private static BundleCopy RatioChange()
    {
        var bundle = new BundleCopy();
        bundle.Replace("tables/ratios.csv", "RT-II,II,10%", "RT-II,II,12%");
        foreach (var file in Directory.GetFiles(Path.Combine(bundle.Directory, "tests"), "*.yaml"))
        {
            File.WriteAllText(file, File.ReadAllText(file).Replace("ratio: 10%", "ratio: 12%", StringComparison.Ordinal));
        }

        return bundle;
    }

    private static async Task<HttpResponseMessage> UploadAsync(BrowserlessClient client, string title, byte[] zip)
    {
        var (form, _, token) = await client.OpenFormAsync("/regulator/changes");
        form.Dispose();
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(title), "Title" },
        };
        var file = new ByteArrayContent(zip);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        content.Add(file, "Bundle", "rules.zip");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/regulator/changes") { Content = content };
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task RatioChange_ProposedByOne_RefusedToHer_ApprovedByASecond_IsInForceWithBothNamesAndAudited()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        using var folder = new TempDirectory();
        var store = RuleChangeWorld.StoreWithTheShippedBundle(folder.Path);
        using var bundle = RatioChange();
        await using var app = await WebWorld.StartAsync(db, null, ("Supervision:Rules", store));
        await RuleChangeWorld.AddSecondRegulatorAsync(db);
        using var author = await WebWorld.ClientAsync(app, AccountRoles.Regulator);
        using var reviewer = new BrowserlessClient(app.Urls.First());
        (await reviewer.SignInAsync(RuleChangeWorld.SecondRegulator, RuleChangeWorld.SecondPassword)).Dispose();

        using var proposed = await UploadAsync(author, "II 类抽查比例由10%提高到12%", CandidateArchive.Pack(bundle.Directory));
        Assert.Equal(HttpStatusCode.Redirect, proposed.StatusCode);
        var page = proposed.Headers.Location!.OriginalString;
        var id = long.Parse(page[(page.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        using var download = await author.GetAsync("/regulator/changes?handler=Download");
        using (var inForce = CandidateArchive.Open(await download.Content.ReadAsByteArrayAsync()))
        {
            Assert.Equal(Supervision.Rules.Bundle.BundleHasher.Hash(RepoPaths.Rules), Supervision.Rules.Bundle.BundleHasher.Hash(inForce.Directory));
        }

        var (authorView, authorHtml, authorToken) = await author.OpenFormAsync(page);
        authorView.Dispose();
        using var selfApproval = await author.PostFormAsync($"{page}?handler=Approve", authorToken, ("Comment", "我自己批准"));
        var selfApprovalHtml = WebUtility.HtmlDecode(await selfApproval.Content.ReadAsStringAsync());
        var whatIf = WebUtility.HtmlDecode(await reviewer.GetStringAsync($"{page}/whatif"));
        var (reviewView, reviewHtml, reviewToken) = await reviewer.OpenFormAsync(page);
        reviewView.Dispose();
        using var emptyComment = await reviewer.PostFormAsync($"{page}?handler=Approve", reviewToken, ("Comment", " "));
        using var approved = await reviewer.PostFormAsync($"{page}?handler=Approve", reviewToken, ("Comment", "同意：II 类比例 12%，不低于 3% 下限"));
        var (_, afterApproval, publishToken) = await reviewer.OpenFormAsync(page);
        using var published = await reviewer.PostFormAsync($"{page}?handler=Publish", publishToken);

        var authorText = WebUtility.HtmlDecode(authorHtml);
        Assert.Contains("全部通过", authorText, StringComparison.Ordinal);
        Assert.Contains("rules covered 59/59, table rows 22/22", authorText, StringComparison.Ordinal);
        Assert.Contains("不能审批自己的变更", authorText, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Approve", authorHtml, StringComparison.Ordinal);
        Assert.Contains("its author li.regulator may not review it", selfApprovalHtml, StringComparison.Ordinal);
        Assert.Contains("类别变化矩阵", whatIf, StringComparison.Ordinal);
        Assert.Contains("结果改变的企业", whatIf, StringComparison.Ordinal);
        Assert.Contains("12%", whatIf, StringComparison.Ordinal);
        Assert.Contains("handler=Approve", reviewHtml, StringComparison.Ordinal);
        Assert.Contains("请填写审核意见", WebUtility.HtmlDecode(await emptyComment.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Contains("已批准，待发布", WebUtility.HtmlDecode(afterApproval), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        var current = BundlePublisher.Current(store)!;
        Assert.Equal(Supervision.Rules.Bundle.BundleHasher.Hash(bundle.Directory), current.ContentHash);
        Assert.Equal((RuleChangeWorld.FirstRegulator, RuleChangeWorld.SecondRegulator, id), (current.Author, current.Approver, current.RequestId!.Value));
        Assert.Contains("RT-II,II,12%", File.ReadAllText(Path.Combine(BundlePublisher.Resolve(store), "tables", "ratios.csv")), StringComparison.Ordinal);
        var kinds = await db.ListAsync<string>($"SELECT kind FROM supervision.audit_log WHERE subject IN ('change-request/{id}', '{current.ContentHash}') ORDER BY seq");
        Assert.Equal(["rule-change-proposed", "rule-change-approved", "rule-publication", "rule-change-published"], kinds);
        var payload = await db.ScalarAsync<string>(
            $"SELECT payload::text FROM supervision.audit_log WHERE kind = 'rule-change-published' AND subject = 'change-request/{id}'");
        Assert.Contains($"\"author\": \"{RuleChangeWorld.FirstRegulator}\"", payload, StringComparison.Ordinal);
        Assert.Contains($"\"reviewer\": \"{RuleChangeWorld.SecondRegulator}\"", payload, StringComparison.Ordinal);
        Assert.Contains(current.ContentHash, payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RulesPublish_WithoutAnApproval_OrOfAnotherBundle_IsRefused_WithTheApprovedOne_Publishes()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        using var folder = new TempDirectory();
        var store = RuleChangeWorld.StoreWithTheShippedBundle(folder.Path);
        await using (var app = await WebWorld.StartAsync(db))
        {
        }

        await RuleChangeWorld.AddSecondRegulatorAsync(db);
        using var bundle = RatioChange();
        var requests = new Supervision.Storage.Changes.ChangeRequestStore(db.Database, TimeProvider.System);
        var changes = new BundleChanges(requests, TimeProvider.System);
        var id = await changes.ProposeAsync("II 类比例 12%", RuleChangeWorld.FirstRegulator, CandidateArchive.Pack(bundle.Directory), null, CancellationToken.None);

        var typedNames = CliRunner.Run("rules", "publish", "--rules", bundle.Directory, "--store", store);
        var notYetApproved = CliRunner.Run("rules", "publish", "--rules", bundle.Directory, "--store", store, "--approval", $"{id}", "--connection", db.ConnectionString);
        await requests.ReviewAsync(id, RuleChangeWorld.SecondRegulator, true, "同意");
        var otherBundle = CliRunner.Run("rules", "publish", "--rules", RepoPaths.Rules, "--store", store, "--approval", $"{id}", "--connection", db.ConnectionString);
        var approved = CliRunner.Run("rules", "publish", "--rules", bundle.Directory, "--store", store, "--approval", $"{id}", "--connection", db.ConnectionString);

        Assert.Equal(1, typedNames.ExitCode);
        Assert.Contains("never on the author and approver typed in bundle.yaml", typedNames.Error, StringComparison.Ordinal);
        Assert.Equal(2, notYetApproved.ExitCode);
        Assert.Contains("only an approved request is published", notYetApproved.Error, StringComparison.Ordinal);
        Assert.Equal(2, otherBundle.ExitCode);
        Assert.Contains("propose the changed bundle again", otherBundle.Error, StringComparison.Ordinal);
        Assert.Equal(0, approved.ExitCode);
        Assert.Contains($"change request {id} proposed by {RuleChangeWorld.FirstRegulator}, approved by {RuleChangeWorld.SecondRegulator}", approved.Out, StringComparison.Ordinal);
        Assert.Equal("published", await db.ScalarAsync<string>($"SELECT status FROM supervision.change_requests WHERE request_id = {id}"));
        Assert.StartsWith("cli (", await db.ScalarAsync<string>($"SELECT published_by FROM supervision.change_requests WHERE request_id = {id}"), StringComparison.Ordinal);
    }
}
