using System.Text;
using Supervision.Tests.Cli;
using Supervision.Tests.Import;
using Supervision.Tests.Support;

namespace Supervision.Tests.Learning;

/// <summary>The learned probability as an indicator: declared by a regulator, off in the shipped bundle.</summary>
public sealed class LearnedRiskIndicatorTests
{
    [Fact]
    public void ShippedBundle_DoesNotReadTheLearnedRisk()
    {
        Assert.DoesNotContain(ShippedBundle.Bundle.Bundle.Indicators, i => i.Name == "learned_violation_risk");
    }

    [Fact]
    public void Score_BundleDeclaringIt_ReadsLearnedRiskCsvAndMissingKeepsTheDefault()
    {
        using var bundle = new BundleCopy();
        bundle.Replace("indicators.yaml", "  # --- credit records", """
              - name: learned_violation_risk
                type: number
                min: 0
                max: 1
                default: 0
                description: 机器学习预测的检查发现违法概率
                source: learned-risk.csv

              # --- credit records
            """);
        bundle.Append("evaluation/safety.yaml", """
              - id: S-DED-LEARNED
                title: 预测违法风险高
                when: learned_violation_risk >= 0.5
                points: -5
                basis: 试点：经评估的学习型风险信号
            """ + "\n");
        using var data = new TempDirectory();
        foreach (var source in Directory.EnumerateFiles(RepoPaths.DataSamples, "*.csv"))
        {
            File.Copy(source, Path.Combine(data.Path, Path.GetFileName(source)));
        }

        var usccs = File.ReadLines(Path.Combine(data.Path, "enterprises.csv")).Skip(1).Take(2).Select(l => l[..18]).ToArray();
        File.WriteAllLines(Path.Combine(data.Path, "learned-risk.csv"),
            ["uscc,learned_violation_risk,model_id,reasons", $"{usccs[0]},0.9,m1,", $"{usccs[1]},0.1,m1,"], new UTF8Encoding(true));
        var output = Path.Combine(data.Path, "out.csv");

        var (code, _, error) = CliRunner.Run("score", "--data", data.Path, "--rules", bundle.Directory, "--as-of", "2026-11-27", "--out", output);

        Assert.Equal(0, code);
        Assert.Contains("learned-risk.csv (UTF-8): read 2, accepted 2", error, StringComparison.Ordinal);
        var fired = File.ReadAllLines(output).Skip(1).Select(l => l.Contains("S-DED-LEARNED", StringComparison.Ordinal)).ToArray();
        Assert.True(fired[0]);
        Assert.False(fired[1]);
        Assert.Equal(1, fired.Count(f => f));
    }

    [Fact]
    public void Check_LearnedRiskSourceWithAnotherName_IsAnError()
    {
        using var bundle = new BundleCopy();
        bundle.Replace("indicators.yaml", "  # --- credit records", """
              - name: other_risk
                type: number
                source: learned-risk.csv

              # --- credit records
            """);

        var (compiled, diagnostics) = bundle.Compile();

        Assert.Null(compiled);
        Assert.Contains(diagnostics, d => d.ToString().Contains("learned-risk.csv provides one indicator", StringComparison.Ordinal));
    }
}
