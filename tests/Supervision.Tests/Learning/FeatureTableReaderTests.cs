using Supervision.Learning.Features;
using Supervision.Learning.Tables;
using Supervision.Tests.Import;

namespace Supervision.Tests.Learning;

/// <summary>The ready per-inspection feature table, for datasets from elsewhere.</summary>
public sealed class FeatureTableReaderTests
{
    private static readonly TableRoles NoHistory = new() { History = false };

    [Fact]
    public void Read_GoodRows_TakesEveryOtherColumnAsAFeatureAndTheRuleScoreLast()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("t.csv", [
            "enterprise_id,inspection_date,label,prior_violations,has_permit,rule_score",
            "E2,2024-02-01,true,3,true,0.7",
            "E1,2024-01-01,0,,false,",
        ]);

        var table = FeatureTableReader.Read(path, NoHistory);

        Assert.Null(table.Refusal);
        Assert.Equal(0, table.Report.Rejected);
        Assert.Equal(["prior_violations", "has_permit", "rule_score"], table.Dataset.FeatureNames);
        Assert.Equal(["E1", "E2"], table.Dataset.Examples.Select(e => e.EnterpriseId));
        Assert.True(float.IsNaN(table.Dataset.Examples[0].Features[0]));
        Assert.Equal([3f, 1f, 0.7f], table.Dataset.Examples[1].Features);
        Assert.Equal(0.7, table.Dataset.Examples[1].RuleScore);
        Assert.Null(table.Dataset.Examples[0].RuleScore);
    }

    [Fact]
    public void Read_NumbersAsRAndPandasWriteThem_AreNumbersNotErrors()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("t.csv", [
            "enterprise_id,inspection_date,label,x",
            "E1,2024-01-01,TRUE,9e-05",
            "E2,2024-01-02,FALSE,-1.5E+3",
            "E3,2024-01-03T00:00:00,1.0,NA",
            "E4,2024-01-04 08:30:00,0.0,1.",
            "E5,20240105,no,.5",
            "E6,2024/01/06,yes,NaN",
            "E7,2024-01-07,,Inf",
            "E8,2024-01-08,NA,-inf",
        ]);

        var table = FeatureTableReader.Read(path, NoHistory);

        Assert.Equal(0, table.Report.Rejected);
        Assert.Equal(TableColumnKind.Number, table.Columns.Single(c => c.Name == "x").Kind);
        var x = table.Dataset.Examples.Select(e => e.Features[0]).ToList();
        Assert.Equal(9e-05f, x[0]);
        Assert.Equal(-1500f, x[1]);
        Assert.True(float.IsNaN(x[2]));
        Assert.Equal([1f, 0.5f], x[3..5]);
        Assert.True(float.IsNaN(x[5]));
        Assert.True(float.IsNaN(x[6]) && float.IsNaN(x[7]));
        Assert.Equal([true, false, true, false, false, true, null, null], table.Dataset.Examples.Select(e => e.Label));
        Assert.Equal(new DateOnly(2024, 1, 3), table.Dataset.Examples[2].Date);
    }

    [Fact]
    public void Read_TextColumn_IsOneHotOverItsFrequentValuesWithAnOtherSlot()
    {
        using var dir = new TempDirectory();
        string[] types = ["restaurant", "restaurant", "grocery", "bakery"];
        var path = dir.Write("t.csv", [
            "enterprise_id,inspection_date,label,facility_type",
            .. Enumerable.Range(0, 40).Select(i => $"E{i},2024-01-{1 + (i % 28):D2},{i % 3 == 0},{types[i % 4]}"),
            "E99,2024-02-01,false,food truck",
            "E98,2024-02-02,false,",
        ]);

        var table = FeatureTableReader.Read(path, NoHistory);

        Assert.Null(table.Refusal);
        Assert.Equal(0, table.Report.Rejected);
        Assert.Equal(["facility_type=restaurant", "facility_type=bakery", "facility_type=grocery", "facility_type=(other)"], table.Dataset.FeatureNames);
        var truck = table.Dataset.Examples.Single(e => e.EnterpriseId == "E99");
        Assert.Equal([0f, 0f, 0f, 1f], truck.Features);
        var empty = table.Dataset.Examples.Single(e => e.EnterpriseId == "E98");
        Assert.Equal([0f, 0f, 0f, 0f], empty.Features);
        Assert.Equal([1f, 0f, 0f, 0f], table.Dataset.Examples.First(e => e.EnterpriseId == "E0").Features);
        Assert.Equal("3 categories + (other) (1 rarer value(s))", table.Columns.Single(c => c.Name == "facility_type").Detail);
    }

    [Fact]
    public void Read_CategoricalOption_TakesCodesAsCategories()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("t.csv", [
            "enterprise_id,inspection_date,label,risk_class",
            .. Enumerable.Range(0, 30).Select(i => $"E{i},2024-01-{1 + (i % 28):D2},{i % 2 == 0},{1 + (i % 3)}"),
        ]);

        var asNumber = FeatureTableReader.Read(path, NoHistory);
        var asCategory = FeatureTableReader.Read(path, NoHistory with { Categorical = ["risk_class"] });

        Assert.Equal(["risk_class"], asNumber.Dataset.FeatureNames);
        Assert.Equal(["risk_class=1", "risk_class=2", "risk_class=3", "risk_class=(other)"], asCategory.Dataset.FeatureNames);
    }

    [Fact]
    public void Read_RolesNamedByTheUser_KeyRowsAndLeaveIgnoredColumnsOut()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("t.csv", [
            "inspection_id,business,visit,violation,dba_name,prior,published_score",
            "I-1,B1,2024-01-05,1,Joe's,2,0.9",
            "I-2,B1,2024-03-05,0,Joe's,3,0.2",
        ]);
        var roles = new TableRoles
        {
            Id = "inspection_id", Entity = "business", Date = "visit", Label = "violation", Baseline = "published_score", Ignore = ["dba_name"], History = false,
        };

        var table = FeatureTableReader.Read(path, roles);

        Assert.Null(table.Refusal);
        Assert.Equal(["prior"], table.Dataset.FeatureNames);
        Assert.Equal(["I-1", "I-2"], table.Dataset.Examples.Select(e => e.RowId));
        Assert.Equal(["B1", "B1"], table.Dataset.Examples.Select(e => e.EnterpriseId));
        Assert.Equal([0.9, 0.2], table.Dataset.Examples.Select(e => e.RuleScore!.Value));
        Assert.Equal(TableColumnKind.Baseline, table.Columns.Single(c => c.Name == "published_score").Kind);
        Assert.Equal(TableColumnKind.Ignored, table.Columns.Single(c => c.Name == "dba_name").Kind);
    }

    [Fact]
    public void Read_RoleColumnNotInTheTable_IsRefusedNamingTheColumns()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("t.csv", ["enterprise_id,inspection_date,label,x", "E1,2024-01-01,1,2"]);

        var table = FeatureTableReader.Read(path, new TableRoles { Id = "inspection_id", Ignore = ["dba"] });

        Assert.NotNull(table.Refusal);
        Assert.Contains("'inspection_id' (--id)", table.Refusal, StringComparison.Ordinal);
        Assert.Contains("'dba' (--ignore)", table.Refusal, StringComparison.Ordinal);
        Assert.Empty(table.Dataset.Examples);
    }

    [Fact]
    public void Read_BadCells_RejectsTheirRowsWithLineAndColumn()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("t.csv", [
            "uscc,inspection_date,label,score_a",
            "E1,2024-01-01,true,1",
            "E2,01/02/2024,true,1",
            "E3,2024-01-03,maybe,1",
        ]);

        var table = FeatureTableReader.Read(path, NoHistory with { MaxRejectedShare = 1 });

        Assert.Single(table.Dataset.Examples);
        Assert.Equal(2, table.Report.Rejected);
        var issues = table.Report.Issues.Select(i => i.ToString()).ToList();
        Assert.Contains(issues, i => i.StartsWith($"{path}:3: error: column 'inspection_date'", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.StartsWith($"{path}:4: error: column 'label'", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_MoreRowsRejectedThanAllowed_RefusesTheWholeTable()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("t.csv", [
            "enterprise_id,inspection_date,label,x",
            .. Enumerable.Range(0, 98).Select(i => $"E{i},2024-01-{1 + (i % 28):D2},{i % 2},{i}"),
            "E98,2024-13-01,1,1",
            "E99,2024-02-01,1,seven",
        ]);

        var strict = FeatureTableReader.Read(path, NoHistory);
        var lenient = FeatureTableReader.Read(path, NoHistory with { MaxRejectedShare = 0.02 });

        Assert.NotNull(strict.Refusal);
        Assert.Contains("2 of 100 rows (2 %) were rejected", strict.Refusal, StringComparison.Ordinal);
        Assert.Empty(strict.Dataset.Examples);
        Assert.Equal(2, strict.Report.Rejected);
        Assert.Contains(strict.Report.Issues, i => i.ToString().StartsWith($"{path}:101: error: column 'x': not a number", StringComparison.Ordinal));
        Assert.Null(lenient.Refusal);
        Assert.Equal(98, lenient.Dataset.Examples.Count);
    }

    [Fact]
    public void Read_MissingLabelColumn_IsAFileError()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("t.csv", ["enterprise_id,inspection_date,score_a", "E1,2024-01-01,1"]);

        var table = FeatureTableReader.Read(path, NoHistory);

        Assert.Empty(table.Dataset.Examples);
        Assert.Contains(table.Report.Issues, i => i.Reason.Contains("label", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_History_SeesOnlyTheEntitysStrictlyEarlierRows()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("t.csv", [
            "inspection_id,enterprise_id,inspection_date,label,x",
            "a,E1,2024-01-10,1,0",
            "b,E1,2024-01-10,0,0",
            "c,E1,2024-02-09,0,0",
            "d,E2,2024-01-01,1,0",
            "e,E1,2024-03-10,0,0",
        ]);

        var table = FeatureTableReader.Read(path, new TableRoles { Id = "inspection_id" });

        Assert.Equal(["x", .. HistoryFeatures.Names], table.Dataset.FeatureNames);
        float[] History(string id) => table.Dataset.Examples.Single(e => e.RowId == id).Features[1..];
        Assert.Equal([0f, 0f, float.NaN, float.NaN, float.NaN], History("a"));
        Assert.Equal(History("a"), History("b"));
        Assert.Equal([2f, 1f, 0.5f, 1f, 30f], History("c"));
        Assert.Equal([3f, 1f, 1 / 3f, 0f, 30f], History("e"));
        Assert.Equal([0f, 0f, float.NaN, float.NaN, float.NaN], History("d"));
    }

    [Fact]
    public void Read_History_NoRowEverSeesItsOwnOrALaterLabel()
    {
        // Flipping the labels of every row on or after a row's date must leave that row's features unchanged.
        using var dir = new TempDirectory();
        var rows = Enumerable.Range(0, 300).Select(i => (Id: $"r{i}", Entity: $"E{i % 13}", Date: new DateOnly(2024, 1, 1).AddDays(i * 7 % 200), Label: i % 3 == 0)).ToList();
        string Line((string Id, string Entity, DateOnly Date, bool Label) r, bool flipFrom, DateOnly from)
            => $"{r.Id},{r.Entity},{r.Date:yyyy-MM-dd},{((flipFrom && r.Date >= from) ? !r.Label : r.Label)}";
        var original = FeatureTableReader.Read(dir.Write("o.csv", ["id,enterprise_id,inspection_date,label", .. rows.Select(r => Line(r, false, default))]), new TableRoles { Id = "id" });

        foreach (var cut in new[] { 0, 40, 99, 150, 199 }.Select(d => new DateOnly(2024, 1, 1).AddDays(d)))
        {
            var flipped = FeatureTableReader.Read(dir.Write($"f{cut:MMdd}.csv", ["id,enterprise_id,inspection_date,label", .. rows.Select(r => Line(r, true, cut))]), new TableRoles { Id = "id" });
            foreach (var example in original.Dataset.Examples.Where(e => e.Date <= cut))
            {
                Assert.Equal(example.Features, flipped.Dataset.Examples.Single(e => e.RowId == example.RowId).Features);
            }
        }
    }

    [Fact]
    public void Read_WithAModelsFeatures_EncodesUnseenCategoriesAsOtherAndRefusesAMissingColumn()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("s.csv", ["enterprise_id,inspection_date,facility_type,x", "E1,2024-05-01,food truck,2", "E2,2024-05-02,bakery,"]);
        string[] features = ["x", "facility_type=bakery", "facility_type=(other)"];

        var table = FeatureTableReader.Read(path, NoHistory, requireLabel: false, features);
        var missing = FeatureTableReader.Read(path, NoHistory, requireLabel: false, ["y", .. features]);

        Assert.Null(table.Refusal);
        Assert.Equal([2f, 0f, 1f], table.Dataset.Examples[0].Features);
        Assert.Equal([float.NaN, 1f, 0f], table.Dataset.Examples[1].Features);
        Assert.Null(table.Dataset.Examples[0].Label);
        Assert.Contains("column(s) y", missing.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteThenRead_NegativeNumbers_StayNumbersButFormulasAreEscaped()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "t.csv");
        var dataset = new InspectionDataset([new FeatureSpec("delta", FeatureKind.Value)], [new InspectionExample("=cmd", new DateOnly(2024, 1, 1), true, [-2.5f], null)], "t");

        FeatureTableWriter.Write(path, dataset);
        var read = FeatureTableReader.Read(path, NoHistory);

        Assert.Equal([-2.5f], read.Dataset.Examples[0].Features);
        Assert.Equal("'=cmd", read.Dataset.Examples[0].EnterpriseId);
    }

    [Fact]
    public void WriteThenRead_HistoryExamples_KeepNumbersAndTurnOneHotGroupsIntoCategories()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "features.csv");
        var dataset = LearningSamples.Dataset;

        FeatureTableWriter.Write(path, dataset);
        var read = FeatureTableReader.Read(path, NoHistory);

        Assert.Null(read.Refusal);
        Assert.Equal(dataset.Examples.Count, read.Report.Accepted);
        Assert.Equal(TableColumnKind.Category, read.Columns.Single(c => c.Name == "industry_code").Kind);
        Assert.Equal(TableColumnKind.Category, read.Columns.Single(c => c.Name == "status").Kind);
        Assert.Contains("industry_code=(other)", read.Dataset.FeatureNames);
        Assert.Equal(dataset.Examples.Select(e => e.Label), read.Dataset.Examples.Select(e => e.Label));
        Assert.Equal(dataset.Examples.Select(e => e.RuleScore), read.Dataset.Examples.Select(e => e.RuleScore));
        var number = dataset.FeatureNames.ToList().IndexOf("violations_24m");
        var readNumber = read.Dataset.FeatureNames.ToList().IndexOf("violations_24m");
        Assert.Equal(dataset.Examples.Select(e => e.Features[number]), read.Dataset.Examples.Select(e => e.Features[readNumber]));
        foreach (var (original, again) in dataset.Examples.Zip(read.Dataset.Examples).Take(500))
        {
            // Values seen in fewer than MinCategoryCount rows go to status=(other) when read back.
            foreach (var spec in dataset.Features.Where(f => f.Kind == FeatureKind.OneHot && f.Indicator == "status" && read.Dataset.FeatureNames.Contains(f.Name)))
            {
                Assert.Equal(original.Features[dataset.Features.ToList().IndexOf(spec)], again.Features[read.Dataset.FeatureNames.ToList().IndexOf(spec.Name)]);
            }
        }
    }
}
