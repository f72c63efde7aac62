using Supervision.Application.Reports;
using Supervision.Storage;
using Supervision.Storage.Reports;
using Supervision.Tests.Support;

namespace Supervision.Tests.Reports;

/// <summary>The service's reports follow the bundle in force: a republished title shows, a broken bundle leaves the last good one.</summary>
public sealed class ReportsInForceTests
{
    [Fact]
    public async Task Current_FollowsAChangedBundle_AndKeepsTheLastGoodOneWhenTheChangeIsBroken()
    {
        using var bundle = new BundleCopy();
        await using var database = Database.Create("Host=127.0.0.1;Port=1;Username=nobody;Database=none");
        var reports = new ReportsInForce(new RunReportStore(database, TimeProvider.System), bundle.Directory, RepoPaths.DataSamples, null);

        var first = reports.Current();
        var again = reports.Current();
        bundle.Replace("evaluation/credit.yaml", "title: 列入经营异常名录\n", "title: 列入经营异常名录（标题已修订）\n");
        var edited = reports.Current();
        bundle.Replace("evaluation/credit.yaml", "    when: abnormal_listed\n", "    when: abnormal_listed and\n");
        var broken = reports.Current();

        Assert.Same(first, again);
        Assert.Equal("列入经营异常名录", first.Vocabulary.Element("C-DED-ABNORMAL")!.Value.Title);
        Assert.NotSame(first, edited);
        Assert.Equal("列入经营异常名录（标题已修订）", edited.Vocabulary.Element("C-DED-ABNORMAL")!.Value.Title);
        Assert.Same(edited, broken);
    }

    [Fact]
    public async Task Current_WithABrokenFirstBundle_SaysWhy()
    {
        using var bundle = new BundleCopy();
        bundle.Replace("evaluation/credit.yaml", "    when: abnormal_listed\n", "    when: abnormal_listed and\n");
        await using var database = Database.Create("Host=127.0.0.1;Port=1;Username=nobody;Database=none");
        var reports = new ReportsInForce(new RunReportStore(database, TimeProvider.System), bundle.Directory, RepoPaths.DataSamples, null);

        var error = Assert.Throws<InvalidOperationException>(reports.Current);

        Assert.Contains("credit.yaml", error.Message, StringComparison.Ordinal);
    }
}
