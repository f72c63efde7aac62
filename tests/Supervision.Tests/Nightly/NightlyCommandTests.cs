using Supervision.Tests.Cli;
using Supervision.Tests.Draws;
using Supervision.Tests.Import;
using Supervision.Tests.Support;

namespace Supervision.Tests.Nightly;

/// <summary>`supervision nightly` as an operator runs it.</summary>
public sealed class NightlyCommandTests
{
    [Fact]
    public void Nightly_DataSamplesTwice_DrawsOnceThenSaysAlreadyDrawn()
    {
        using var output = new TempDirectory();
        string[] args = ["nightly", "--data", RepoPaths.DataSamples, "--rules", RepoPaths.Rules, "--as-of", "2026-11-27", "--seed", DrawWorld.Seed, "--out", output.Path];

        var (code, stdout, stderr) = CliRunner.Run(args);
        var (againCode, againOut, _) = CliRunner.Run(args);

        Assert.Equal(0, code);
        Assert.Contains("enterprises 4000, assessed 4000, evaluation errors 0", stdout, StringComparison.Ordinal);
        Assert.Contains("467 tasks in 374 visits", stdout, StringComparison.Ordinal);
        Assert.Contains("scored chunks 4/4", stderr, StringComparison.Ordinal);
        Assert.Equal(0, againCode);
        Assert.StartsWith("already drawn: run " + NightlyWorld.RunId, againOut, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(NightlyWorld.GoldenAssessments),
            File.ReadAllBytes(Path.Combine(output.Path, "runs", NightlyWorld.RunId, "assessments.csv")));
    }

    [Theory]
    [InlineData("--cron", "30 25 * * *")]
    [InlineData("--chunk-size", "0")]
    [InlineData("--workers", "0")]
    [InlineData("--seed", "xyz")]
    public void Nightly_BadOption_ExitsOneAndRunsNothing(string option, string value)
    {
        using var output = new TempDirectory();

        var (code, _, stderr) = CliRunner.Run("nightly", "--data", RepoPaths.DataSamples, "--rules", RepoPaths.Rules, "--as-of", "2026-11-27",
            option, value, "--out", output.Path);

        Assert.Equal(1, code);
        Assert.Contains(option, stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(output.Path, "runs")));
    }

    [Fact]
    public void Nightly_MissingRegistry_ExitsThree()
    {
        using var data = new TempDirectory();

        var (code, _, stderr) = CliRunner.Run("nightly", "--data", data.Path, "--rules", RepoPaths.Rules, "--as-of", "2026-11-27", "--out", data.Path);

        Assert.Equal(3, code);
        Assert.Contains("enterprises.csv", stderr, StringComparison.Ordinal);
    }
}
