using System.Globalization;
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
        Assert.Contains("model (lightgbm)", stdout, StringComparison.Ordinal);
        Assert.Contains("rule score", stdout, StringComparison.Ordinal);
        Assert.Contains("random order", stdout, StringComparison.Ordinal);
        Assert.Contains("<svg", File.ReadAllText(Path.Combine(output, "report.html")), StringComparison.Ordinal);
        Assert.Equal(6, File.ReadAllLines(Path.Combine(output, "metrics.csv")).Length);
        Assert.Equal(31, File.ReadAllLines(Path.Combine(output, "calibration.csv")).Length);
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
        var lines = File.ReadAllLines(risk);
        Assert.Equal(401, lines.Length);
        Assert.Equal("row_id,entity_id,inspection_date,learned_violation_risk,rank,model_id,reasons", lines[0].TrimStart('\uFEFF'));
        Assert.StartsWith("line 2,E0,2024-01-01,", lines[1], StringComparison.Ordinal);
        var scored = lines[1..].Select(l => l.Split(',')).Select(c => (Probability: double.Parse(c[3], CultureInfo.InvariantCulture), Rank: int.Parse(c[4], CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(1, scored.Min(r => r.Rank));
        Assert.All(scored, a => Assert.Equal(1 + scored.Count(b => b.Probability > a.Probability), a.Rank));
    }

    [Fact]
    public void EvaluateTrainScore_RealTableShape_TakesRolesCategoriesAndKeysOutputsByRowId()
    {
        // The shape of a public inspection dataset: its own ids, names and column names, text categories, numbers as R writes them.
        using var dir = new TempDirectory();
        string[] kinds = ["Restaurant", "Grocery Store", "Bakery", "School"];
        var table = dir.Write("inspections.csv", [
            "Inspection ID,DBA Name,License,Facility Type,Inspection Date,criticalFound,pastSerious,heat_burglary,published_score",
            .. Enumerable.Range(0, 600).Select(i =>
            {
                var found = (i % 5 == 0) || (i % 4 == 2 && i % 3 == 0);
                return $"{100_000 + i},Shop {i % 150},{i % 150},{kinds[i % 4]},2024-{1 + (i * 7 % 365) / 31:D2}-{1 + (i * 7 % 365) % 28:D2}T00:00:00,{(found ? 1 : 0)},{i % 5}e-01,{(i % 9) * 1.5e-05:0.#####e+00},{(i % 5 == 0 ? 0.6 : 0.3)}";
            }),
        ]);
        string[] roles = ["--table", table, "--id", "Inspection ID", "--entity", "License", "--date", "Inspection Date", "--label", "criticalFound",
            "--baseline", "published_score", "--ignore", "DBA Name"];
        var evaluation = Path.Combine(dir.Path, "eval");
        var model = Path.Combine(dir.Path, "m.zip");
        var risk = Path.Combine(dir.Path, "r.csv");

        var evaluate = CliRunner.Run(["ml", "evaluate", .. roles, "--split-date", "2024-10-01", "--origins", "2", "--out", evaluation]);
        var train = CliRunner.Run(["ml", "train", .. roles, "--no-holdout", "--trainer", "sdca", "--out", model]);
        var score = CliRunner.Run(["ml", "score", "--model", model, .. roles[..12], "--out", risk]);

        Assert.Equal(0, evaluate.ExitCode);
        Assert.Contains("Facility Type: category — 4 categories + (other)", evaluate.Error, StringComparison.Ordinal);
        Assert.Contains("pastSerious: number", evaluate.Error, StringComparison.Ordinal);
        Assert.Contains("DBA Name: ignored", evaluate.Error, StringComparison.Ordinal);
        Assert.Contains("model (lightgbm) − baseline (published_score): AUC", evaluate.Out, StringComparison.Ordinal);
        Assert.Contains("rolling origins: 2 test periods from 2024-10-01, ", evaluate.Out, StringComparison.Ordinal);
        Assert.Equal(1 + 2 * 5, File.ReadAllLines(Path.Combine(evaluation, "origins.csv")).Length);
        Assert.Contains("baseline (published_score),auc,2,", File.ReadAllText(Path.Combine(evaluation, "origins-spread.csv")), StringComparison.Ordinal);
        var predictions = File.ReadAllLines(Path.Combine(evaluation, "predictions.csv"));
        Assert.Equal("row_id,entity_id,inspection_date,label,baseline_score,sdca_probability,sdca_rank,fasttree_probability,fasttree_rank,lightgbm_probability,lightgbm_rank", predictions[0].TrimStart('\uFEFF'));
        Assert.All(predictions[1..], l => Assert.Matches(@"^1\d{5},\d+,2024-1[0-2]-\d\d,[01],0\.[36],", l));
        Assert.Equal(0, train.ExitCode);
        Assert.DoesNotContain("holdout", train.Out, StringComparison.Ordinal);
        Assert.Equal(0, score.ExitCode);
        var scored = File.ReadAllLines(risk);
        Assert.Equal(601, scored.Length);
        Assert.Equal(600, scored[1..].Select(l => l.Split(',')[0]).Distinct().Count());
    }

    [Fact]
    public void Evaluate_TableMostlyUnreadable_IsRefusedWithExitThreeAndNothingWritten()
    {
        using var dir = new TempDirectory();
        var table = dir.Write("t.csv", [
            "enterprise_id,inspection_date,label,prior",
            .. Enumerable.Range(0, 200).Select(i => $"E{i},{(i % 10 == 0 ? "03/04/2024" : "2024-03-04")},{i % 2},{i % 4}"),
        ]);
        var output = Path.Combine(dir.Path, "e");

        var (code, _, error) = CliRunner.Run("ml", "evaluate", "--table", table, "--out", output);

        Assert.Equal(3, code);
        Assert.Contains("refused: 20 of 200 rows (10 %) were rejected", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
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
