using System.Net;
using System.Text.RegularExpressions;
using Supervision.Storage.Accounts;
using Supervision.Tests.Storage;
using Supervision.Tests.Web;

namespace Supervision.Tests.Changes;

/// <summary>
/// The draft editors through the service's pages, as a browser posts them: start a draft, raise RT-IV to 4 % in the
/// grid, see the checks fail at the pinned tests, fix the test files in the text editor, see them pass, submit; another
/// regulator gets 404; a path outside the bundle is refused; a plan value that is refused keeps what was typed.
/// </summary>
public sealed partial class DraftPagesTests
{
    private static readonly string[] PinningTests = ["tests/matrix.yaml", "tests/regimes.yaml", "tests/safety.yaml"];

    private static async Task<string> StartDraftAsync(BrowserlessClient client)
    {
        var (page, _, token) = await client.OpenFormAsync("/regulator/changes");
        page.Dispose();
        using var started = await client.PostFormAsync("/regulator/changes?handler=StartDraft", token);
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        return started.Headers.Location!.OriginalString;
    }

    /// <summary>Posts the grid as a browser would: every cell as shown, RT-IV's ratio replaced.</summary>
    private static async Task<HttpResponseMessage> SaveRatioAsync(BrowserlessClient client, string draft, string ratio)
    {
        var (page, html, token) = await client.OpenFormAsync($"{draft}/table?file=tables%2Fratios.csv");
        page.Dispose();
        var cells = CellPattern().Matches(html).Select(m => (Row: int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture),
            Name: m.Groups[1].Value, Value: WebUtility.HtmlDecode(m.Groups[3].Value))).ToList();
        var ivRow = cells.Single(c => c.Value == "RT-IV").Row;
        var fields = cells.Select(c => (c.Name, c.Row == ivRow && c.Value == "3%" ? ratio : c.Value)).Append(("file", "tables/ratios.csv")).ToArray();
        return await client.PostFormAsync($"{draft}/table?file=tables%2Fratios.csv", token, fields);
    }

    private static async Task<HttpResponseMessage> FixTestAsync(BrowserlessClient client, string draft, string file)
    {
        var (page, html, token) = await client.OpenFormAsync($"{draft}/file?path={Uri.EscapeDataString(file)}");
        page.Dispose();

        // The browser drops the one line break that follows <textarea>.
        var text = WebUtility.HtmlDecode(TextareaPattern().Match(html).Groups[1].Value);
        text = text.StartsWith('\n') ? text[1..] : text;
        return await client.PostFormAsync($"{draft}/file?path={Uri.EscapeDataString(file)}", token,
            ("path", file), ("Text", text.Replace("ratio: 3%", "ratio: 4%", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RatioRaisedInTheGrid_TestsFixedAsText_Submitted_BecomesAPassingRequest_OthersGet404()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        await using var app = await WebWorld.StartAsync(db);
        await RuleChangeWorld.AddSecondRegulatorAsync(db);
        using var author = await WebWorld.ClientAsync(app, AccountRoles.Regulator);
        using var other = new BrowserlessClient(app.Urls.First());
        (await other.SignInAsync(RuleChangeWorld.SecondRegulator, RuleChangeWorld.SecondPassword)).Dispose();

        var draft = await StartDraftAsync(author);
        using var savedGrid = await SaveRatioAsync(author, draft, "4%");
        var failing = WebUtility.HtmlDecode(await author.GetStringAsync(savedGrid.Headers.Location!.OriginalString));
        var responses = new List<HttpResponseMessage>();
        foreach (var file in PinningTests)
        {
            responses.Add(await FixTestAsync(author, draft, file));
        }

        var (passingPage, passingHtml, token) = await author.OpenFormAsync(draft);
        passingPage.Dispose();
        using var othersView = await other.GetAsync(draft);
        using var othersTable = await other.GetAsync($"{draft}/table?file=tables%2Fratios.csv");
        var (othersChanges, _, othersToken) = await other.OpenFormAsync("/regulator/changes");
        othersChanges.Dispose();
        using var othersSubmit = await other.PostFormAsync($"{draft}?handler=Submit", othersToken, ("Title", "别人的草稿"));
        var changesPage = WebUtility.HtmlDecode(await author.GetStringAsync("/regulator/changes"));
        using var submitted = await author.PostFormAsync($"{draft}?handler=Submit", token, ("Title", "IV 类抽查比例由3%提高到4%"));
        var request = WebUtility.HtmlDecode(await author.GetStringAsync(submitted.Headers.Location!.OriginalString));
        using var gone = await author.GetAsync(draft);

        Assert.Equal(HttpStatusCode.Redirect, savedGrid.StatusCode);
        Assert.Contains("检查结果：未通过", failing, StringComparison.Ordinal);
        Assert.Contains("tests/matrix.yaml:26: FAIL", failing, StringComparison.Ordinal);
        Assert.Contains("修改：tables/ratios.csv", Regex.Replace(failing, "<[^>]+>", ""), StringComparison.Ordinal);
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var passing = WebUtility.HtmlDecode(passingHtml);
        Assert.Contains("检查结果：全部通过", passing, StringComparison.Ordinal);
        Assert.All(PinningTests, f => Assert.Contains($"修改：{f}", Regex.Replace(passing, "<[^>]+>", ""), StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, othersView.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, othersTable.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, othersSubmit.StatusCode);
        Assert.Contains($"href=\"{draft}\"", changesPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.StartsWith("/regulator/changes/", submitted.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("IV 类抽查比例由3%提高到4%", request, StringComparison.Ordinal);
        Assert.Contains("检查结果（提交时）：全部通过", request, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT count(*) FROM supervision.audit_log WHERE kind = 'rule-change-proposed'"));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task PathOutsideTheBundle_IsRefused_ARefusedPlanValue_KeepsWhatWasTyped()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        await using var app = await WebWorld.StartAsync(db);
        using var author = await WebWorld.ClientAsync(app, AccountRoles.Regulator);
        var draft = await StartDraftAsync(author);

        using var traversal = await author.GetAsync($"{draft}/file?path=..%2F..%2Fetc%2Fpasswd.yaml");
        var traversalHtml = WebUtility.HtmlDecode(await traversal.Content.ReadAsStringAsync());
        var (planPage, planHtml, token) = await author.OpenFormAsync($"{draft}/plan?file=plans%2F2026-12-market.yaml");
        planPage.Dispose();
        using var refused = await author.PostFormAsync($"{draft}/plan?file=plans%2F2026-12-market.yaml", token,
            ("file", "plans/2026-12-market.yaml"), ("Values[window_working_days]", "7 # 七天"), ("Values[team_size]", "3"));
        var refusedHtml = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        using var saved = await author.PostFormAsync($"{draft}/plan?file=plans%2F2026-12-market.yaml", token,
            ("file", "plans/2026-12-market.yaml"), ("Values[window_working_days]", "7"));
        var (fileView, fileHtml, _) = await author.OpenFormAsync($"{draft}/file?path=plans%2F2026-12-market.yaml");
        fileView.Dispose();

        Assert.Equal(HttpStatusCode.BadRequest, traversal.StatusCode);
        Assert.Contains("不在规则目录内", traversalHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<textarea", traversalHtml, StringComparison.Ordinal);
        Assert.Contains("name=\"Values[window_working_days]\" value=\"5\"", planHtml, StringComparison.Ordinal);
        Assert.Contains("items", planHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("不能以“ #”开始注释", refusedHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"7 # 七天\"", refusedHtml, StringComparison.Ordinal);
        Assert.Contains("name=\"Values[team_size]\" value=\"3\"", refusedHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("window_working_days: 7\n", WebUtility.HtmlDecode(fileHtml), StringComparison.Ordinal);
    }

    [GeneratedRegex("name=\"(Rows\\[(\\d+)\\]\\.Cells\\[\\d+\\])\" value=\"([^\"]*)\"")]
    private static partial Regex CellPattern();

    [GeneratedRegex("<textarea[^>]*>(.*?)</textarea>", RegexOptions.Singleline)]
    private static partial Regex TextareaPattern();
}
