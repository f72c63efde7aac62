using Supervision.Learning.Features;
using Supervision.Tests.Import;

namespace Supervision.Tests.Learning;

/// <summary>The ready per-inspection feature table, for datasets from elsewhere.</summary>
public sealed class FeatureTableReaderTests
{
    [Fact]
    public void Read_GoodRows_TakesEveryOtherColumnAsAFeatureAndTheRuleScoreLast()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("t.csv", [
            "enterprise_id,inspection_date,label,prior_violations,has_permit,rule_score",
            "E2,2024-02-01,true,3,true,0.7",
            "E1,2024-01-01,0,,false,",
        ]);

        var (dataset, report) = FeatureTableReader.Read(path);

        Assert.Equal(0, report.Rejected);
        Assert.Equal(["prior_violations", "has_permit", "rule_score"], dataset.FeatureNames);
        Assert.Equal(["E1", "E2"], dataset.Examples.Select(e => e.EnterpriseId));
        Assert.True(float.IsNaN(dataset.Examples[0].Features[0]));
        Assert.Equal([3f, 1f, 0.7f], dataset.Examples[1].Features);
        Assert.Equal(0.7, dataset.Examples[1].RuleScore);
        Assert.Null(dataset.Examples[0].RuleScore);
    }

    [Fact]
    public void Read_BadCells_RejectsTheirRowsWithLineAndColumn()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("t.csv", [
            "uscc,inspection_date,label,score_a",
            "E1,2024-01-01,true,1",
            "E2,2024/01/02,true,1",
            "E3,2024-01-03,maybe,x1",
        ]);

        var (dataset, report) = FeatureTableReader.Read(path);

        Assert.Single(dataset.Examples);
        Assert.Equal(2, report.Rejected);
        var issues = report.Issues.Select(i => i.ToString()).ToList();
        Assert.Contains(issues, i => i.StartsWith($"{path}:3: error: column 'inspection_date'", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.StartsWith($"{path}:4: error: column 'label'", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.StartsWith($"{path}:4: error: column 'score_a': not a number", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_MissingLabelColumn_IsAFileError()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("t.csv", ["enterprise_id,inspection_date,score_a", "E1,2024-01-01,1"]);

        var (dataset, report) = FeatureTableReader.Read(path);

        Assert.Empty(dataset.Examples);
        Assert.Contains(report.Issues, i => i.Reason.Contains("label", StringComparison.Ordinal));
    }

    [Fact]
    public void WriteThenRead_NegativeNumbers_StayNumbersButFormulasAreEscaped()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "t.csv");
        var dataset = new InspectionDataset([new FeatureSpec("delta", FeatureKind.Value)], [new InspectionExample("=cmd", new DateOnly(2024, 1, 1), true, [-2.5f], null)], "t");

        FeatureTableWriter.Write(path, dataset);
        var (read, _) = FeatureTableReader.Read(path);

        Assert.Equal([-2.5f], read.Examples[0].Features);
        Assert.Equal("'=cmd", read.Examples[0].EnterpriseId);
    }

    [Fact]
    public void WriteThenRead_HistoryExamples_RoundTrip()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "features.csv");
        var dataset = LearningSamples.Dataset;

        FeatureTableWriter.Write(path, dataset);
        var (read, report) = FeatureTableReader.Read(path);

        Assert.Equal(dataset.Examples.Count, report.Accepted);
        Assert.Equal([.. dataset.FeatureNames, "rule_score"], read.FeatureNames);
        Assert.Equal(dataset.Examples[100].Features, read.Examples[100].Features[..^1]);
        Assert.Equal(dataset.Examples.Select(e => e.Label), read.Examples.Select(e => e.Label));
    }
}
