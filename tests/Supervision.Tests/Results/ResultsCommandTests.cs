using Supervision.Tests.Cli;
using Supervision.Tests.Import;

namespace Supervision.Tests.Results;

/// <summary>The `results` verbs end to end on the sample files.</summary>
public sealed class ResultsCommandTests
{
    [Fact]
    public void ImportDecidePublish_SampleFiles_WriteOutputsAndExit4ForRejectedRows()
    {
        using var directory = new TempDirectory();
        string[] common = ["--draw", SampleResults.DrawRecordPath, "--results", SampleResults.ResultsPath];

        var import = CliRunner.Run(["results", "import", .. common]);
        var decide = CliRunner.Run(["results", "decide", .. common, "--data", Support.RepoPaths.DataSamples, "--rules", Support.RepoPaths.Rules,
            "--as-of", "2026-12-31", "--ledger-seed", SampleResults.LedgerSeedPath, "--out", directory.Path]);
        var publish = CliRunner.Run(["results", "publish", .. common, "--calendar",
            Path.Combine(Support.RepoPaths.Rules, "calendar", "cn-working-days.csv"), "--as-of", "2026-12-31", "--out", directory.Path]);

        Assert.Equal(4, import.ExitCode);
        Assert.Contains("read 30, accepted 24, rejected 6", import.Out, StringComparison.Ordinal);
        Assert.Equal(4, decide.ExitCode);
        Assert.Contains("21 finding(s)", decide.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(directory.Path, "next-data", "credit-records.csv")));
        Assert.Contains("清单第 TL-SJ-01 项，可以", File.ReadAllText(Path.Combine(directory.Path, "decisions.html")), StringComparison.Ordinal);
        Assert.Equal(4, publish.ExitCode);
        Assert.Contains("24 result(s) published, 6 after their deadline", publish.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_MissingDraw_Exit3()
        => Assert.Equal(3, CliRunner.Run("results", "decide", "--draw", "nope.json", "--results", SampleResults.ResultsPath).ExitCode);
}
