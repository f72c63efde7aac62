using Supervision.Tests.Support;

namespace Supervision.Tests.Cli;

public sealed class RulesCheckCommandTests
{
    [Fact]
    public void RulesCheck_ShippedBundle_ExitsZero()
    {
        var (code, output, _) = CliRunner.Run("rules", "check", "--rules", RepoPaths.Rules);

        Assert.Equal(0, code);
        Assert.Contains("is valid", output, StringComparison.Ordinal);
    }

    [Fact]
    public void RulesCheck_TypoTypeErrorAndForbiddenCall_ReportsEachWithFileLineAndExitsTwo()
    {
        using var bundle = new BundleCopy();
        bundle.Replace("evaluation/safety.yaml", "when: major_hazard_sources >= 1", "when: major_hazard_source >= 1");
        bundle.Replace("evaluation/credit.yaml", "when: tax_grade == \"C\"", "when: tax_grade > 3");
        bundle.Replace("evaluation/safety.yaml", "when: fire_brigade", "when: System.IO.File.Delete(\"/tmp/x\")");

        var (code, output, _) = CliRunner.Run("rules", "check", "--rules", bundle.Directory);

        Assert.Equal(2, code);
        var errors = output.Split('\n').Where(l => l.Contains(": error SV", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, errors.Count);
        Assert.Contains(errors, l => l.StartsWith("evaluation/safety.yaml:", StringComparison.Ordinal) && l.Contains("did you mean", StringComparison.Ordinal));
        Assert.Contains(errors, l => l.StartsWith("evaluation/credit.yaml:", StringComparison.Ordinal) && l.Contains("cannot compare", StringComparison.Ordinal));
        Assert.Contains(errors, l => l.StartsWith("evaluation/safety.yaml:", StringComparison.Ordinal) && l.Contains("'.' is not part of the rule language", StringComparison.Ordinal));
    }

    [Fact]
    public void Score_InvalidBundle_ExitsTwoAndWritesNothing()
    {
        using var bundle = new BundleCopy();
        bundle.Replace("tables/matrix.csv", "M-BLUE-D,蓝,D,I", "M-BLUE-D,蓝,E,I");
        var output = Path.Combine(bundle.Directory, "out.csv");

        var (code, _, error) = CliRunner.Run("score", "--rules", bundle.Directory, "--data", RepoPaths.DataSamples, "--as-of", "2026-11-27", "--out", output);

        Assert.Equal(2, code);
        Assert.Contains("tables/matrix.csv:11:3", error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Score_BadAsOf_ExitsOne()
    {
        var (code, _, error) = CliRunner.Run("score", "--as-of", "27/11/2026");

        Assert.Equal(1, code);
        Assert.Contains("yyyy-MM-dd", error, StringComparison.Ordinal);
    }
}
