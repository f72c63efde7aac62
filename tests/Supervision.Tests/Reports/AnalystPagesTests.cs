using System.Net;
using Supervision.Storage.Accounts;
using Supervision.Tests.Web;

namespace Supervision.Tests.Reports;

/// <summary>The analysts' pages on two real nights, read as an analyst's browser would get them (without script).</summary>
[Collection(TwoNightsCollection.Name)]
public sealed class AnalystPagesTests(TwoNightsFixture nights)
{
    [Fact]
    public async Task Overview_LatestNight_ShowsTheTotalTheDistrictsAndTheMovesWithTheirRules()
    {
        await using var app = await WebWorld.StartAsync(nights.Database);
        using var analyst = await WebWorld.ClientAsync(app, AccountRoles.Analyst);

        var html = await analyst.GetStringAsync("/analyst");

        var moves = await nights.Database.ScalarAsync<long>("SELECT count(*) FROM supervision.run_moves");
        Assert.Contains("评估基准日 2026-11-30：符合条件的企业 4,000 户", html, StringComparison.Ordinal);
        Assert.Contains("鲅鱼圈区海星街道", html, StringComparison.Ordinal);
        Assert.Contains($"与 2026-11-27 相比的变动企业（{moves:N0} 户）", html, StringComparison.Ordinal);
        Assert.Contains("依据：", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overview_FilteredByDistrictAndIndustry_CountsOnlyThose()
    {
        await using var app = await WebWorld.StartAsync(nights.Database);
        using var analyst = await WebWorld.ClientAsync(app, AccountRoles.Analyst);
        const string district = "仙人岛";

        var html = await analyst.GetStringAsync($"/analyst?run={nights.FirstRun}&district={Uri.EscapeDataString("盖州市九垄地街道")}&industry=C26");

        var expected = await nights.Database.ScalarAsync<long>(
            "SELECT count(*) FROM supervision.assessments WHERE run_id = $1 AND district = '盖州市九垄地街道' AND industry_code LIKE 'C26%'", nights.FirstRun);
        Assert.Contains($"评估基准日 2026-11-27：符合条件的企业 {expected:N0} 户", html, StringComparison.Ordinal);
        Assert.DoesNotContain(district + "G04", html, StringComparison.Ordinal);
        Assert.Contains("这是第一个评估批次", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnterprisesList_DrillDown_ListsTheFilteredEnterprisesAPageAtATime()
    {
        await using var app = await WebWorld.StartAsync(nights.Database);
        using var analyst = await WebWorld.ClientAsync(app, AccountRoles.Analyst);

        var html = await analyst.GetStringAsync($"/analyst/enterprises?run={nights.SecondRun}&category=III");

        var first = await nights.Database.ListAsync<string>(
            $"SELECT uscc FROM supervision.assessments WHERE run_id = '{nights.SecondRun}' AND category = 'III' ORDER BY uscc COLLATE \"C\" LIMIT 51");
        Assert.Contains($"/analyst/enterprises/{first[49]}", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"/analyst/enterprises/{first[50]}", html, StringComparison.Ordinal);
        Assert.Contains("page=2", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnterprisesList_NextPage_ListsTheNextFiftyEnterprises()
    {
        await using var app = await WebWorld.StartAsync(nights.Database);
        using var analyst = await WebWorld.ClientAsync(app, AccountRoles.Analyst);

        var html = await analyst.GetStringAsync($"/analyst/enterprises?run={nights.SecondRun}&category=III&page=2");

        var first = await nights.Database.ListAsync<string>(
            $"SELECT uscc FROM supervision.assessments WHERE run_id = '{nights.SecondRun}' AND category = 'III' ORDER BY uscc COLLATE \"C\" LIMIT 101");
        Assert.Contains("第 2 页", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"/analyst/enterprises/{first[49]}\"", html, StringComparison.Ordinal);
        Assert.Contains($"/analyst/enterprises/{first[50]}\"", html, StringComparison.Ordinal);
        Assert.Contains($"/analyst/enterprises/{first[99]}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"/analyst/enterprises/{first[100]}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnterprisePage_ShowsHistoryDrawsAndOnRequestTheSameExplanationAsTheCommandLine()
    {
        await using var app = await WebWorld.StartAsync(nights.Database);
        using var analyst = await WebWorld.ClientAsync(app, AccountRoles.Analyst);
        var uscc = await nights.Database.ScalarAsync<string>(
            "SELECT min(uscc) FROM supervision.draw_tasks t WHERE pool = 'I' AND NOT EXISTS (SELECT 1 FROM supervision.inspection_results r WHERE (r.draw_id, r.task_id) = (t.draw_id, t.task_id)) AND uscc NOT IN (SELECT uscc FROM supervision.draw_tasks WHERE pool <> 'I')");

        var page = await analyst.GetStringAsync($"/analyst/enterprises/{uscc}");
        var explained = WebUtility.HtmlDecode(await analyst.GetStringAsync($"/analyst/enterprises/{uscc}?explain=true"));
        const string Visited = "91210811968441860L"; // the first enterprise of data-samples/inspections.csv
        var history = await analyst.GetStringAsync($"/analyst/enterprises/{Visited}?history=true");
        var cli = Cli.CliRunner.Run("explain", uscc, "--data", Support.RepoPaths.DataSamples, "--rules", Support.RepoPaths.Rules, "--as-of", TwoNightsFixture.SecondAsOf);

        Assert.Contains("评估历史", page, StringComparison.Ordinal);
        Assert.Contains("2026-11-27", page, StringComparison.Ordinal);
        Assert.Contains("第 I 类企业按该类抽查比例随机抽中", page, StringComparison.Ordinal);
        Assert.Contains("尚未录入", page, StringComparison.Ordinal);
        var visits = File.ReadLines(Path.Combine(Support.RepoPaths.DataSamples, "inspections.csv")).Count(l => l.Split(',')[1] == Visited);
        Assert.True(visits > 0);
        Assert.Contains("显示检查记录", page, StringComparison.Ordinal);
        Assert.Equal(visits, history.Split("<tr><td>").Length - 1);
        Assert.Equal(0, cli.ExitCode);
        Assert.Contains(cli.Out.Trim(), explained, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/analyst/enterprises/91210800MA1A4KGJ1B")]
    [InlineData("/analyst/enterprises/not-a-code")]
    [InlineData("/analyst?run=no-such-run")]
    [InlineData("/analyst/enterprises?run=no-such-run")]
    public async Task UnknownEnterpriseOrRun_IsNotFound(string path)
    {
        await using var app = await WebWorld.StartAsync(nights.Database);
        using var analyst = await WebWorld.ClientAsync(app, AccountRoles.Analyst);

        using var response = await analyst.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Exports_OverviewWorkbookAndMovesCsv_HoldWhatThePagesShow()
    {
        await using var app = await WebWorld.StartAsync(nights.Database);
        using var analyst = await WebWorld.ClientAsync(app, AccountRoles.Analyst);
        using var folder = new Import.TempDirectory();

        using var overview = await analyst.GetAsync($"/analyst/export/overview.xlsx?run={nights.SecondRun}");
        var workbook = Path.Combine(folder.Path, "overview.xlsx");
        await File.WriteAllBytesAsync(workbook, await overview.Content.ReadAsByteArrayAsync());
        using var moves = await analyst.GetAsync($"/analyst/export/moves.csv?run={nights.SecondRun}&compare={nights.FirstRun}&category=II");
        var csv = await moves.Content.ReadAsByteArrayAsync();
        using var trends = await analyst.GetAsync("/analyst/export/trends.xlsx?from=2026-11-01&to=2026-11-30&step=night&focus=II");
        var trendsBook = Path.Combine(folder.Path, "trends.xlsx");
        await File.WriteAllBytesAsync(trendsBook, await trends.Content.ReadAsByteArrayAsync());
        using var effectiveness = await analyst.GetAsync("/analyst/export/effectiveness.xlsx?from=2026-11-01&to=2026-12-31");
        var effectivenessBook = Path.Combine(folder.Path, "effectiveness.xlsx");
        await File.WriteAllBytesAsync(effectivenessBook, await effectiveness.Content.ReadAsByteArrayAsync());
        using var wrong = await analyst.GetAsync("/analyst/export/overview.csv");
        using var unknown = await analyst.GetAsync("/analyst/export/audit.xlsx");

        Assert.Equal(HttpStatusCode.OK, overview.StatusCode);
        Assert.Contains("%E9%A3%8E%E9%99%A9%E6%80%BB%E8%A7%88-2026-11-30.xlsx", overview.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);
        var sheets = Exports.Openpyxl.Dump(workbook);
        Assert.Equal(["按监管类别", "按安全等级", "按信用等级", "按监管方式", "区街道×类别", "行业×类别"],
            sheets.EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        var categories = sheets[0].GetProperty("rows").EnumerateArray().Skip(1).Select(r => (r[0].GetProperty("v").GetString(), r[1].GetProperty("v").GetInt64())).ToList();
        var expected = await nights.Database.ListAsync<string>(
            $"SELECT category || '=' || count(*) FROM supervision.assessments WHERE run_id = '{nights.SecondRun}' GROUP BY category ORDER BY category");
        Assert.Equal(expected, categories.Select(c => $"{c.Item1}={c.Item2}"));
        Assert.Equal(HttpStatusCode.OK, moves.StatusCode);
        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        var lines = System.Text.Encoding.UTF8.GetString(csv[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var stored = await nights.Database.ScalarAsync<long>("SELECT count(*) FROM supervision.run_moves WHERE run_id = $1 AND to_category = 'II'", nights.SecondRun);
        Assert.StartsWith("统一社会信用代码,企业名称,行业代码,区/街道", lines[0], StringComparison.Ordinal);
        Assert.Equal(stored, lines.Length - 1);
        var trendSheets = Exports.Openpyxl.Dump(trendsBook);
        Assert.Equal(["各类别企业数", "区街道II类占比", "按月按类别抽查", "按月按区街道抽查"], trendSheets.EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        Assert.Equal(["2026-11-27", "2026-11-30"], trendSheets[0].GetProperty("rows").EnumerateArray().Skip(1).Select(r => r[0].GetProperty("v").GetString()));
        Assert.Contains("抽查成效-2026-11-01至2026-12-31.xlsx", Uri.UnescapeDataString(effectiveness.Content.Headers.ContentDisposition!.ToString()), StringComparison.Ordinal);
        Assert.Equal(["成效按抽取池", "成效按监管类别", "定向与核验", "风险排序能力", "距上次检查", "年度检查次数", "超过年度上限"],
            Exports.Openpyxl.Dump(effectivenessBook).EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
