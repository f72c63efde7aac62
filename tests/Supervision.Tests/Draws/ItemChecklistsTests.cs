using System.Text;
using Supervision.Data.Draws;
using Supervision.Draws.Plans;
using Supervision.Rules.Diagnostics;
using Supervision.Tests.Import;
using Supervision.Tests.Support;

namespace Supervision.Tests.Draws;

/// <summary>
/// The items' inspection checklists (plans/checklists.csv): read like every input file — a bad row reported at its line
/// and left out, the rest used, GB18030 too — and the shipped file covers exactly the shipped plans' items.
/// </summary>
public sealed class ItemChecklistsTests
{
    [Fact]
    public void ABadRow_IsReportedAtItsLine_AndTheOthersAreKept_InFileOrder()
    {
        using var directory = new TempDirectory();
        var path = Path.Combine(directory.Path, ItemChecklists.File);
        File.WriteAllText(path, "code,point\nK1,查看营业执照\nK1,\nK1,核对年报\nK1,查看营业执照\nG1,=cmd|' /C calc'!A0\nG2,计量器具检定\n");

        var (points, report) = ItemChecklists.Load(path);

        Assert.Equal(["查看营业执照", "核对年报"], points["K1"]);
        Assert.Equal(["计量器具检定"], points["G2"]);
        Assert.False(points.ContainsKey("G1"));
        Assert.Equal((6L, 3L, 3L), (report!.Read, report.Accepted, report.Rejected));
        Assert.Equal([3L, 5L, 6L], report.Issues.Select(i => i.Line).Distinct().Order());
    }

    [Fact]
    public void AGb18030File_IsRead()
    {
        using var directory = new TempDirectory();
        var path = Path.Combine(directory.Path, ItemChecklists.File);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        File.WriteAllBytes(path, Encoding.GetEncoding("GB18030").GetBytes("code,point\nK1,查看危险化学品储存场所的安全警示标志\n"));

        var (points, _) = ItemChecklists.Load(path);

        Assert.Equal(["查看危险化学品储存场所的安全警示标志"], points["K1"]);
    }

    [Fact]
    public void NoFile_NoChecklists()
    {
        var (points, report) = ItemChecklists.Load(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), ItemChecklists.File));

        Assert.Empty(points);
        Assert.Null(report);
    }

    [Fact]
    public void TheShippedChecklists_CoverEveryItemOfTheShippedPlans_AndNothingElse()
    {
        var (points, report) = ItemChecklists.Load(Path.Combine(RepoPaths.Rules, "plans", ItemChecklists.File));
        var codes = Directory.GetFiles(Path.Combine(RepoPaths.Rules, "plans"), "*.yaml")
            .Select(file => PlanLoader.Load(file, DrawWorld.Categories, new DiagnosticBag())!)
            .SelectMany(plan => plan.Items.Select(item => item.Code)).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(0L, report!.Rejected);
        Assert.Equal(codes.Order(StringComparer.Ordinal), points.Keys.Order(StringComparer.Ordinal));
    }
}
