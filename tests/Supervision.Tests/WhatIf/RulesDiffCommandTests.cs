using System.Text;
using Supervision.Tests.Cli;
using Supervision.Tests.Support;

namespace Supervision.Tests.WhatIf;

/// <summary>`supervision rules diff` as a regulator runs it.</summary>
public sealed class RulesDiffCommandTests(TightenedLecDiff diff) : IClassFixture<TightenedLecDiff>
{
    [Fact]
    public void Diff_TightenedThreshold_WritesTheThreeFilesAndExitsZero()
    {
        var output = Directory.CreateTempSubdirectory("supervision-diff-").FullName;
        try
        {
            var (code, stdout, error) = CliRunner.Run("rules", "diff", "--base", RepoPaths.Rules, "--candidate", diff.CandidateDirectory,
                "--data", RepoPaths.DataSamples, "--as-of", "2026-11-27", "--out", output);

            Assert.Equal(0, code);
            Assert.Contains("category transitions (rows: base, columns: candidate)", stdout, StringComparison.Ordinal);
            Assert.Contains("inspector workload (2 inspectors per inspection", stdout, StringComparison.Ordinal);
            Assert.Contains($"changed outcomes: {diff.Report.Changed.Count:N0} enterprises", stdout, StringComparison.Ordinal);
            Assert.Contains("scored under both bundles 4,000/4,000", error, StringComparison.Ordinal);
            var html = File.ReadAllText(Path.Combine(output, "diff.html"), Encoding.UTF8);
            Assert.Contains("规则变更影响评估", html, StringComparison.Ordinal);
            Assert.Equal(diff.Report.Changed.Count, html.Split("<div class=\"pair\">").Length - 1);
            Assert.Equal(diff.Report.Changed.Count + 1, File.ReadAllLines(Path.Combine(output, "diff.csv")).Length);
            Assert.Equal(7, File.ReadAllLines(Path.Combine(output, "transitions.csv")).Length);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public void Diff_InvalidCandidate_ExitsTwoAndWritesNothing()
    {
        using var broken = new BundleCopy();
        broken.Replace("evaluation/safety.yaml", "when: lec_max > 320", "when: lec_maxx > 320");
        var output = Path.Combine(Path.GetTempPath(), "supervision-diff-" + Guid.NewGuid().ToString("N"));

        var (code, _, error) = CliRunner.Run("rules", "diff", "--base", RepoPaths.Rules, "--candidate", broken.Directory,
            "--data", RepoPaths.DataSamples, "--as-of", "2026-11-27", "--out", output);

        Assert.Equal(2, code);
        Assert.Contains("SV100", error, StringComparison.Ordinal);
        Assert.Contains("nothing was compared", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Diff_CandidateThatCannotEvaluateSomeEnterprises_WritesTheDiffAndExitsFour()
    {
        using var narrower = new BundleCopy();
        narrower.Replace("indicators.yaml", "    max: 10000\n    default: 0\n    description: 作业条件", "    max: 300\n    default: 0\n    description: 作业条件");
        var output = Directory.CreateTempSubdirectory("supervision-diff-").FullName;
        try
        {
            var (code, _, error) = CliRunner.Run("rules", "diff", "--base", RepoPaths.Rules, "--candidate", narrower.Directory,
                "--data", RepoPaths.DataSamples, "--as-of", "2026-11-27", "--out", output, "--html-limit", "0");

            Assert.Equal(4, code);
            Assert.Contains("0 enterprise(s) could not be evaluated under the base bundle and ", error, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(output, "diff.html")));
            Assert.Contains(",evaluation,", File.ReadAllText(Path.Combine(output, "diff.csv")), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public void Diff_MissingData_ExitsThree()
    {
        var (code, _, error) = CliRunner.Run("rules", "diff", "--base", RepoPaths.Rules, "--candidate", RepoPaths.Rules,
            "--data", Path.Combine(Path.GetTempPath(), "no-such-data-" + Guid.NewGuid().ToString("N")), "--as-of", "2026-11-27");

        Assert.Equal(3, code);
        Assert.Contains("enterprises.csv", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_NameWithMarkup_IsEscapedInTheHtml()
    {
        var data = Directory.CreateTempSubdirectory("supervision-diff-data-").FullName;
        try
        {
            foreach (var source in Directory.EnumerateFiles(RepoPaths.DataSamples, "*.csv"))
            {
                File.Copy(source, Path.Combine(data, Path.GetFileName(source)));
            }

            var changed = diff.Report.Changed[0];
            var registry = Path.Combine(data, "enterprises.csv");
            File.WriteAllText(registry, File.ReadAllText(registry, Encoding.UTF8)
                .Replace(changed.Name, "<script>alert(1)</script>&Co", StringComparison.Ordinal), new UTF8Encoding(true));

            var (code, _, _) = CliRunner.Run("rules", "diff", "--base", RepoPaths.Rules, "--candidate", diff.CandidateDirectory,
                "--data", data, "--as-of", "2026-11-27", "--out", data, "--html-limit", "1");

            Assert.Equal(0, code);
            var html = File.ReadAllText(Path.Combine(data, "diff.html"), Encoding.UTF8);
            Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;&amp;Co", html, StringComparison.Ordinal);
            Assert.Contains("本页列出前 1 家", html, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
