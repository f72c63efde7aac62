using Microsoft.Playwright;
using Supervision.Application.Bundles;
using Supervision.Rules.Compilation;
using Supervision.Rules.Diagnostics;
using Supervision.Storage.Accounts;
using Supervision.Tests.Import;
using Supervision.Tests.Nightly;
using Supervision.Tests.Storage;
using Supervision.Tests.Support;
using Supervision.Tests.Web;

namespace Supervision.Tests.Changes;

/// <summary>
/// 规则变更 in a real browser (Debian's chromium through Playwright) on phone-sized screens against a real `serve` on a
/// real PostgreSQL: one regulator proposes a ratio change and sees its checks and what-if, is offered no approval of her
/// own change; a second regulator approves and publishes it; the next night scores with it. An analyst and an inspector
/// are refused the pages.
/// </summary>
public sealed class BrowserRuleChangeTests
{
    [Fact]
    public async Task RatioChange_ProposedSeenApprovedBySomeoneElseAndPublished_TheNextNightUsesIt()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        using var folder = new TempDirectory();
        var store = RuleChangeWorld.StoreWithTheShippedBundle(Path.Combine(folder.Path, "store"));
        using var bundle = new BundleCopy();
        bundle.Replace("tables/ratios.csv", "RT-II,II,10%", "RT-II,II,12%");
        foreach (var file in Directory.GetFiles(Path.Combine(bundle.Directory, "tests"), "*.yaml"))
        {
            File.WriteAllText(file, File.ReadAllText(file).Replace("ratio: 10%", "ratio: 12%", StringComparison.Ordinal));
        }

        var zip = Path.Combine(folder.Path, "rules-ii-12.zip");
        await File.WriteAllBytesAsync(zip, CandidateArchive.Pack(bundle.Directory));
        await using var app = await WebWorld.StartAsync(db, null, ("Supervision:Rules", store));
        await RuleChangeWorld.AddSecondRegulatorAsync(db);
        var site = app.Urls.First();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await PhoneBrowser.LaunchAsync(playwright);

        // The author: the menu, the form, the upload; the request's checks and its what-if; no approval of her own.
        var author = await PhoneBrowser.PageAsync(browser);
        await PhoneBrowser.SignInAsync(author, site, RuleChangeWorld.FirstRegulator, WebWorld.Of(AccountRoles.Regulator).Password);
        await PhoneBrowser.FollowAsync(author, author.GetByRole(AriaRole.Navigation, new() { Name = "主菜单" }).GetByRole(AriaRole.Link, new() { Name = "规则变更" }), $"{site}/regulator/changes");
        await author.GetByLabel("变更说明").FillAsync("II 类抽查比例由10%提高到12%");
        await author.GetByLabel("规则包（.zip）").SetInputFilesAsync(zip);
        await author.GetByRole(AriaRole.Button, new() { Name = "提交审核" }).ClickAsync();
        await author.WaitForURLAsync("**/regulator/changes/*", PhoneBrowser.Committed);
        var page = author.Url;
        await Assertions.Expect(author.GetByRole(AriaRole.Heading, new() { Level = 2 }).First).ToContainTextAsync("全部通过");
        await Assertions.Expect(author.Locator("pre.report")).ToContainTextAsync("rules covered 59/59, table rows 22/22");
        await Assertions.Expect(author.GetByText("不能审批自己的变更")).ToBeVisibleAsync();
        var authorButtons = await author.GetByRole(AriaRole.Button, new() { Name = "批准" }).CountAsync();
        var authorWidth = await PhoneBrowser.WidthAsync(author);
        await PhoneBrowser.FollowAsync(author, author.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("查看影响分析") }), page + "/whatif");
        await Assertions.Expect(author.GetByRole(AriaRole.Heading, new() { Name = "类别变化矩阵（行：在用规则；列：变更后）" })).ToBeVisibleAsync();
        await Assertions.Expect(author.Locator("details.moved").First).ToBeVisibleAsync();

        // The reviewer, on her own phone: approves with a comment, then publishes.
        var reviewer = await PhoneBrowser.PageAsync(browser);
        await PhoneBrowser.SignInAsync(reviewer, site, RuleChangeWorld.SecondRegulator, RuleChangeWorld.SecondPassword);
        await reviewer.GotoAsync(page);
        await reviewer.GetByLabel("审核意见").FillAsync("同意：II 类比例 12%，不低于 3% 下限");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "批准" }).ClickAsync();
        await reviewer.WaitForURLAsync("**?done=approved", PhoneBrowser.Committed);
        await Assertions.Expect(reviewer.GetByRole(AriaRole.Status)).ToContainTextAsync("已批准");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "发布" }).ClickAsync();
        await reviewer.WaitForURLAsync("**?done=published", PhoneBrowser.Committed);
        await Assertions.Expect(reviewer.GetByRole(AriaRole.Status)).ToContainTextAsync("已发布");

        // An analyst and an inspector are refused.
        var refused = new List<string>();
        foreach (var role in new[] { AccountRoles.Analyst, AccountRoles.Inspector })
        {
            var other = await PhoneBrowser.PageAsync(browser);
            await PhoneBrowser.SignInAsync(other, site, WebWorld.Of(role).User, WebWorld.Of(role).Password);
            var response = await other.GotoAsync(page);
            refused.Add($"{role}:{response!.Status}:{await other.GetByRole(AriaRole.Link, new() { Name = "规则变更" }).CountAsync()}");
        }

        // The next night reads the store as the service configures it (no plan or calendar named: those of the bundle in
        // force): the approved bundle, category II at 12 %, and the published copy's plans drawn.
        var published = BundlePublisher.Current(store)!;
        var inForce = BundleSource.TryCompile(BundlePublisher.Resolve(store), new DiagnosticBag())!;
        using var night = new NightlyWorld();
        var outcome = await night.RunAsync(settings: NightlyWorld.Settings(bundle: inForce, rules: store) with { PlanFiles = [], CalendarFile = "" });
        var rows = File.ReadAllLines(night.Store.AssessmentsFile(outcome.Run!.RunId)).Skip(1).Select(l => l.Split(',')).Where(c => c[11] == "II").ToList();

        Assert.Equal(0, authorButtons);
        Assert.True(authorWidth <= 390, $"the request page is {authorWidth} px wide on a 390 px screen");
        Assert.Equal((RuleChangeWorld.FirstRegulator, RuleChangeWorld.SecondRegulator), (published.Author, published.Approver));
        Assert.Equal(["analyst:403:0", "inspector:403:0"], refused);
        Assert.Equal(published.ContentHash, inForce.Bundle.ContentHash);
        Assert.Equal(Supervision.Runs.RunStatus.Completed, outcome.Run.Status);
        Assert.Contains("HC-2026-SC", outcome.Run.DrawId, StringComparison.Ordinal);
        Assert.NotEmpty(rows);
        Assert.All(rows, c => Assert.Equal("0.12", c[12]));
    }
}
