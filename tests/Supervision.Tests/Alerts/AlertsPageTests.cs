using System.Net;
using Supervision.Storage.Accounts;
using Supervision.Tests.Reports;
using Supervision.Tests.Web;

namespace Supervision.Tests.Alerts;

/// <summary>预警名单: the night's alerts in the analysts' workspace, as the database holds them, filtered and exported.</summary>
[Collection(TwoNightsCollection.Name)]
public sealed class AlertsPageTests(TwoNightsFixture nights)
{
    [Fact]
    public async Task AlertsPage_FirstNight_CountsByLevelAndKind_AndListsTheMostUrgentFirstWithRuleAndBasis()
    {
        await using var app = await WebWorld.StartAsync(nights.Database);
        using var analyst = await WebWorld.ClientAsync(app, AccountRoles.Analyst);

        var html = WebUtility.HtmlDecode(await analyst.GetStringAsync($"/analyst/alerts?run={nights.FirstRun}"));

        var total = await nights.Database.ScalarAsync<long>("SELECT count(*) FROM supervision.night_alerts WHERE run_id = $1", nights.FirstRun);
        Assert.True(total > 0, "the first night raised alerts");
        var red = await nights.Database.ScalarAsync<long>("SELECT count(*) FROM supervision.night_alerts WHERE run_id = $1 AND level = 'red'", nights.FirstRun);
        var first = await nights.Database.ListAsync<string>(
            $"SELECT rule_id || '|' || title || '|' || basis FROM supervision.night_alerts WHERE run_id = '{nights.FirstRun}' ORDER BY position LIMIT 1");
        var (rule, title, basis) = (first[0].Split('|')[0], first[0].Split('|')[1], first[0].Split('|')[2]);
        Assert.Contains("预警名单", html, StringComparison.Ordinal);
        Assert.Contains("评估基准日 2026-11-27", html, StringComparison.Ordinal);
        Assert.Contains(rule, html, StringComparison.Ordinal);
        Assert.Contains(title, html, StringComparison.Ordinal);
        Assert.Contains(basis, html, StringComparison.Ordinal);
        Assert.Equal(Math.Min(total, 50), CountOf(html, "<tr class=\"alert\">"));
        Assert.Equal(red > 0, html.Contains("level-red\">红色", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AlertsPage_RedLeadsOnly_ShowsOnlyThose_AndTheCsvExportHoldsTheSameRows()
    {
        await using var app = await WebWorld.StartAsync(nights.Database);
        using var analyst = await WebWorld.ClientAsync(app, AccountRoles.Analyst);
        var run = nights.FirstRun;
        var leads = await nights.Database.ListAsync<string>(
            $"SELECT uscc FROM supervision.night_alerts WHERE run_id = '{run}' AND lead ORDER BY position");
        var others = await nights.Database.ListAsync<string>(
            $"SELECT uscc FROM supervision.night_alerts WHERE run_id = '{run}' AND NOT lead AND uscc NOT IN (SELECT uscc FROM supervision.night_alerts WHERE run_id = '{run}' AND lead)");

        var html = await analyst.GetStringAsync($"/analyst/alerts?run={nights.FirstRun}&leads=true");
        using var csv = await analyst.GetAsync($"/analyst/export/alerts.csv?run={nights.FirstRun}&leads=true");
        using var all = await analyst.GetAsync($"/analyst/export/alerts.csv?run={nights.FirstRun}");
        using var yellowOnly = await analyst.GetAsync($"/analyst/export/alerts.csv?run={nights.FirstRun}&level=yellow");

        Assert.NotEmpty(leads);
        Assert.All(leads.Take(50), uscc => Assert.Contains($"/analyst/enterprises/{uscc}", html, StringComparison.Ordinal));
        Assert.All(others, uscc => Assert.DoesNotContain($"/analyst/enterprises/{uscc}", html, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("预警等级,统一社会信用代码,企业名称,区/街道,预警类型,预警规则", lines[0], StringComparison.Ordinal);
        Assert.Equal(leads, lines.Skip(1).Select(l => l.Split(',')[1]));
        Assert.Contains("预警名单-2026-11-27.csv", Uri.UnescapeDataString(csv.Content.Headers.ContentDisposition!.ToString()), StringComparison.Ordinal);
        var total = await nights.Database.ScalarAsync<long>("SELECT count(*) FROM supervision.night_alerts WHERE run_id = $1", nights.FirstRun);
        Assert.Equal(total, (await all.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length - 1);
        var yellow = await nights.Database.ScalarAsync<long>("SELECT count(*) FROM supervision.night_alerts WHERE run_id = $1 AND level = 'yellow'", nights.FirstRun);
        var yellowLines = (await yellowOnly.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.Equal(yellow, yellowLines.Count);
        Assert.All(yellowLines, l => Assert.StartsWith("黄色,", l.TrimStart('\uFEFF'), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(AccountRoles.Inspector)]
    [InlineData(AccountRoles.Regulator)]
    public async Task AlertsPage_OtherRoles_AreDenied(string role)
    {
        await using var app = await WebWorld.StartAsync(nights.Database);
        using var client = await WebWorld.ClientAsync(app, role);

        using var page = await client.GetAsync($"/analyst/alerts?run={nights.FirstRun}");
        using var export = await client.GetAsync($"/analyst/export/alerts.csv?run={nights.FirstRun}");

        Assert.NotEqual(HttpStatusCode.OK, page.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, export.StatusCode);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
