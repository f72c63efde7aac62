using Supervision.Tests.Cli;
using Supervision.Tests.Support;

namespace Supervision.Tests.Tolerance;

/// <summary>`rules check` validates the tolerance list with the rest of the rules directory.</summary>
public sealed class RulesCheckToleranceTests
{
    [Fact]
    public void RulesCheck_ShippedList_ReportsItValid()
    {
        var (code, output, _) = CliRunner.Run("rules", "check", "--rules", RepoPaths.Rules);

        Assert.Equal(0, code);
        Assert.Contains("tolerance list yingkou-ftz-tolerance 2026.1 is valid: 11 items", output, StringComparison.Ordinal);
    }

    [Fact]
    public void RulesCheck_BadListCell_FileLineColumnAndExitTwo()
    {
        using var bundle = new BundleCopy();
        bundle.Replace("tolerance/tolerance-list.csv", "不予处罚,应当,false,none", "不予处罚,必须,false,none");

        var (code, output, _) = CliRunner.Run("rules", "check", "--rules", bundle.Directory);

        Assert.Equal(2, code);
        Assert.Contains("tolerance/tolerance-list.csv:3:8: error SV306: row TL-SJ-02, column mandatory: '必须' is not one of: 应当, 可以", output, StringComparison.Ordinal);
    }
}
