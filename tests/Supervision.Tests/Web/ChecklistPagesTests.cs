using Supervision.Storage.Accounts;
using Supervision.Tests.Storage;
using Supervision.Tests.Support;

namespace Supervision.Tests.Web;

/// <summary>
/// The inspection checklist of each item (检查要点) on the inspector's task page and inbox and on the public item lists,
/// from the rules' plans/checklists.csv, read again when the file changes; encoded like every value.
/// </summary>
public sealed class ChecklistPagesTests
{
    [Fact]
    public async Task TheChecklist_ShowsUnderEachItem_AndAChangeShowsWithoutARestart()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var record = await DrawnTasks.SaveAsync(db);
        using var rules = new BundleCopy();
        var checklists = Path.Combine(rules.Directory, "plans", "checklists.csv");
        File.WriteAllText(checklists, "code,point\nK1,查看营业执照是否置于醒目位置\nK1,核对<b>年报</b>与实际经营\n");
        await using var app = await WebWorld.StartAsync(db, null, ("Supervision:Rules", rules.Directory));
        using var inspector = await WebWorld.ClientAsync(app, AccountRoles.Inspector);
        using var visitor = await WebWorld.ClientAsync(app);
        var (task, number) = await ResultEntryTests.OwnTaskAsync(db, record);
        Assert.Contains("K1", task.Items);

        using var taskPage = await inspector.GetAsync($"/tasks/{number}");
        var taskHtml = await taskPage.Content.ReadAsStringAsync();
        using var inbox = await inspector.GetAsync("/tasks");
        var inboxHtml = await inbox.Content.ReadAsStringAsync();
        using var items = await visitor.GetAsync("/public/items");
        var itemsHtml = await items.Content.ReadAsStringAsync();

        File.WriteAllText(checklists, "code,point\nK1,查看经营场所与登记住所是否一致\n");
        File.SetLastWriteTimeUtc(checklists, DateTime.UtcNow.AddMinutes(1));
        using var again = await inspector.GetAsync($"/tasks/{number}");
        var againHtml = await again.Content.ReadAsStringAsync();

        Assert.Contains("<li>查看营业执照是否置于醒目位置</li>", taskHtml, StringComparison.Ordinal);
        Assert.Contains("<li>核对&lt;b&gt;年报&lt;/b&gt;与实际经营</li>", taskHtml, StringComparison.Ordinal);
        Assert.Contains("检查要点（2）", inboxHtml, StringComparison.Ordinal);
        Assert.Contains("<li>查看营业执照是否置于醒目位置</li>", itemsHtml, StringComparison.Ordinal);
        Assert.Contains("<li>查看经营场所与登记住所是否一致</li>", againHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("查看营业执照是否置于醒目位置", againHtml, StringComparison.Ordinal);
    }
}
