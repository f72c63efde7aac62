using System.Text;
using Supervision.Learning.Features;
using Supervision.Tests.Import;
using Supervision.Tests.Learning;
using Supervision.Tests.Support;

namespace Supervision.Tests.Cli;

/// <summary>`supervision ml train | evaluate | score` as a user runs them.</summary>
public sealed class MlCommandTests
{
    [Fact]
    public void TrainThenScore_DataSamples_WritesAModelAndEveryEnterprisesRisk()
    {
        using var dir = new TempDirectory();
        var model = Path.Combine(dir.Path, "model.zip");
        var risk = Path.Combine(dir.Path, "learned-risk.csv");

        var train = CliRunner.Run("ml", "train", "--data", RepoPaths.DataSamples, "--rules", RepoPaths.Rules, "--trainer", "sdca", "--out", model);
        var score = CliRunner.Run("ml", "score", "--model", model, "--data", RepoPaths.DataSamples, "--rules", RepoPaths.Rules, "--as-of", "2026-11-27", "--out", risk);

        Assert.Equal(0, train.ExitCode);
        Assert.Contains("trained sdca-", train.Out, StringComparison.Ordinal);
        Assert.Contains("holdout from 2025-09-15", train.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.ChangeExtension(model, ".json")));
        Assert.Equal(0, score.ExitCode);
        var lines = File.ReadAllLines(risk, Encoding.UTF8);
        Assert.Equal(4001, lines.Length);
        Assert.Equal("uscc,learned_violation_risk,model_id,reasons", lines[0].TrimStart('\uFEFF'));
        Assert.Contains("sdca-", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_FeatureTable_WritesTheReportAndComparesWithRulesAndRandom()
    {
        using var dir = new TempDirectory();
        var table = Path.Combine(dir.Path, "features.csv");
        FeatureTableWriter.Write(table, LearningSamples.Dataset);
        var output = Path.Combine(dir.Path, "eval");

        var (code, stdout, _) = CliRunner.Run("ml", "evaluate", "--table", table, "--split-date", "2025-09-15", "--out", output);

        Assert.Equal(0, code);
        Assert.Contains("model (sdca)", stdout, StringComparison.Ordinal);
        Assert.Contains("model (fasttree)", stdout, StringComparison.Ordinal);
        Assert.Contains("rule score", stdout, StringComparison.Ordinal);
        Assert.Contains("random order", stdout, StringComparison.Ordinal);
        Assert.Contains("<svg", File.ReadAllText(Path.Combine(output, "report.html")), StringComparison.Ordinal);
        Assert.Equal(5, File.ReadAllLines(Path.Combine(output, "metrics.csv")).Length);
        Assert.Equal(21, File.ReadAllLines(Path.Combine(output, "calibration.csv")).Length);
    }

    [Fact]
    public void TrainThenScore_FeatureTable_ScoresItsRows()
    {
        using var dir = new TempDirectory();
        var table = dir.Write("t.csv", [
            "enterprise_id,inspection_date,label,prior,rule_score",
            .. Enumerable.Range(0, 400).Select(i => $"E{i % 97},2024-{1 + (i % 12):D2}-{1 + (i % 28):D2},{(i % 7 == 0 || i % 11 == 0 ? "true" : "false")},{i % 7},{i % 11 * 0.1:0.0}"),
        ]);
        var model = Path.Combine(dir.Path, "m.zip");
        var risk = Path.Combine(dir.Path, "r.csv");

        var train = CliRunner.Run("ml", "train", "--table", table, "--out", model);
        var score = CliRunner.Run("ml", "score", "--model", model, "--table", table, "--as-of", "2026-11-27", "--out", risk);

        Assert.Equal(0, train.ExitCode);
        Assert.Equal(0, score.ExitCode);
        Assert.Equal(401, File.ReadAllLines(risk).Length);
    }

    [Fact]
    public void Evaluate_Twice_WritesByteIdenticalMetricsCalibrationAndImportance()
    {
        using var dir = new TempDirectory();
        var first = Path.Combine(dir.Path, "a");
        var second = Path.Combine(dir.Path, "b");

        CliRunner.Run("ml", "evaluate", "--data", RepoPaths.DataSamples, "--rules", RepoPaths.Rules, "--out", first);
        CliRunner.Run("ml", "evaluate", "--data", RepoPaths.DataSamples, "--rules", RepoPaths.Rules, "--out", second);

        foreach (var file in new[] { "metrics.csv", "calibration.csv", "importance.csv" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(first, file)), File.ReadAllBytes(Path.Combine(second, file)));
        }
    }

    [Fact]
    public void Evaluate_TableWithARejectedRow_ReportsItAndExitsFour()
    {
        using var dir = new TempDirectory();
        var table = dir.Write("t.csv", [
            "enterprise_id,inspection_date,label,prior",
            "E0,2024-01-0x,true,1",
            .. Enumerable.Range(0, 200).Select(i => $"E{i},2024-{1 + (i % 12):D2}-01,{(i % 4 == 0 ? "true" : "false")},{i % 4}"),
        ]);

        var (code, _, error) = CliRunner.Run("ml", "evaluate", "--table", table, "--out", Path.Combine(dir.Path, "e"));

        Assert.Equal(4, code);
        Assert.Contains("t.csv:2: error: column 'inspection_date'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_BadSplitDate_IsAUsageError()
    {
        var (code, _, error) = CliRunner.Run("ml", "evaluate", "--data", RepoPaths.DataSamples, "--rules", RepoPaths.Rules, "--split-date", "March");

        Assert.Equal(1, code);
        Assert.Contains("--split-date 'March'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_MissingModel_ExitsWithMissingInput()
    {
        using var dir = new TempDirectory();

        var (code, _, error) = CliRunner.Run("ml", "score", "--model", Path.Combine(dir.Path, "none.zip"), "--data", RepoPaths.DataSamples, "--as-of", "2026-11-27");

        Assert.Equal(3, code);
        Assert.Contains("none.zip", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Ml_Help_ListsTheThreeVerbs()
    {
        var (code, stdout, _) = CliRunner.Run("ml", "--help");

        Assert.Equal(0, code);
        Assert.Contains("train", stdout, StringComparison.Ordinal);
        Assert.Contains("evaluate", stdout, StringComparison.Ordinal);
        Assert.Contains("score", stdout, StringComparison.Ordinal);
    }
}
