using Supervision.Data.Import;
using Supervision.Model.Import;
using Supervision.Model.Indicators;

namespace Supervision.Tests.Import;

public sealed class SafetyIndicatorImporterTests : IDisposable
{
    private static readonly IndicatorColumn[] Columns =
    [
        new("hazard_score", IndicatorType.Number, [], 0, 100, "0"),
        new("employees", IndicatorType.Integer, [], 1, null, "1"),
        new("has_permit", IndicatorType.Boolean, [], null, null, "false"),
        new("last_drill", IndicatorType.Date, [], null, null, "2024-01-01"),
        new("remark", IndicatorType.Text, [], null, null, ""),
        new("hazard_class", IndicatorType.Enum, ["I", "II", "III"], null, null, "I"),
    ];

    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public void Import_TypedColumns_ParsesValuesAlignedWithDeclaration()
    {
        var path = directory.Write("safety-indicators.csv",
        [
            "hazard_class,uscc,remark,last_drill,has_permit,employees,hazard_score",
            $"II,{TestUscc.Valid(1)},ok,2024-05-01,是,12,59.5",
            $",{TestUscc.Valid(2)},,,,,",
        ]);

        var result = SafetyIndicatorImporter.Import(path, Columns);

        ReportAssert.Counts(result.Report, read: 2, accepted: 2, rejected: 0);
        Assert.Empty(result.Report.Issues);
        Assert.Equal(TestUscc.Valid(1), result.Rows[0].Uscc);
        Assert.Equal(new object?[] { 59.5, 12.0, 1.0, new DateOnly(2024, 5, 1), "ok", "II" }, result.Rows[0].Values);
        Assert.All(result.Rows[1].Values, Assert.Null);
    }

    [Theory]
    [InlineData("employees", "2.5", "not a whole number")]
    [InlineData("employees", "0", "below the minimum 1")]
    [InlineData("hazard_score", "100.01", "above the maximum 100")]
    [InlineData("hazard_score", "-0.1", "below the minimum 0")]
    [InlineData("hazard_score", "1,5", "not a finite number")]
    [InlineData("hazard_score", "1e2", "not a finite number")]
    [InlineData("hazard_score", "NaN", "not a finite number")]
    [InlineData("hazard_score", "Infinity", "not a finite number")]
    [InlineData("hazard_score", "-∞", "not a finite number")]
    [InlineData("hazard_score", "100.01", "indicators.yaml declares [0..100]")]
    [InlineData("employees", "100000000000000000000", "too large a whole number")]
    [InlineData("hazard_class", "ii", "not one of the allowed values")]
    [InlineData("has_permit", "Y", "not a boolean")]
    [InlineData("last_drill", "2024/05/01", "not a date")]
    public void Import_BadValue_RejectsRowWithColumnAndReason(string column, string value, string reason)
    {
        var path = directory.Write("safety-indicators.csv", ["uscc," + column, $"{TestUscc.Valid(1)},\"{value}\""]);

        var result = SafetyIndicatorImporter.Import(path, Columns);

        ReportAssert.Counts(result.Report, read: 1, accepted: 0, rejected: 1);
        var issue = ReportAssert.ErrorAt(result.Report, 2);
        Assert.Equal(column, issue.Column);
        Assert.Contains(reason, issue.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("100", 100.0)]
    [InlineData("0", 0.0)]
    [InlineData("3.0", 3.0)]
    public void Import_ValueAtBound_Accepts(string value, double expected)
    {
        var path = directory.Write("safety-indicators.csv", ["uscc,hazard_score", $"{TestUscc.Valid(1)},{value}"]);

        var result = SafetyIndicatorImporter.Import(path, Columns);

        ReportAssert.Counts(result.Report, read: 1, accepted: 1, rejected: 0);
        Assert.Equal(expected, Assert.Single(result.Rows).Values[0]);
    }

    [Fact]
    public void Import_SeveralBadCells_ReportsEachOne()
    {
        var path = directory.Write("safety-indicators.csv",
        [
            "uscc,hazard_score,employees,hazard_class",
            $"{TestUscc.Valid(1)},101,2.5,IV",
        ]);

        var result = SafetyIndicatorImporter.Import(path, Columns);

        ReportAssert.Counts(result.Report, read: 1, accepted: 0, rejected: 1);
        Assert.Equal(
            ["hazard_score", "employees", "hazard_class"],
            result.Report.Issues.Where(i => i.Severity == IssueSeverity.Error).Select(i => i.Column));
    }

    [Fact]
    public void Import_DeclaredColumnsAbsentWithDefaults_WarnsOncePerColumnNamingTheDefaultAndReadsNull()
    {
        var path = directory.Write("safety-indicators.csv", ["uscc,hazard_score,unused", $"{TestUscc.Valid(1)},10,x"]);

        var result = SafetyIndicatorImporter.Import(path, Columns);

        ReportAssert.Counts(result.Report, read: 1, accepted: 1, rejected: 0);
        var warnings = result.Report.Issues.Where(i => i.Severity == IssueSeverity.Warning).ToList();
        Assert.Equal(6, warnings.Count);
        Assert.All(warnings, w => Assert.Equal(1L, w.Line));
        Assert.Equal(
            ["employees", "has_permit", "last_drill", "remark", "hazard_class"],
            warnings.Where(w => w.Column is not null).Select(w => w.Column));
        Assert.Contains("every row takes the default 2024-01-01", warnings.Single(w => w.Column == "last_drill").Reason, StringComparison.Ordinal);
        Assert.Contains("unused", warnings.Single(w => w.Column is null).Reason, StringComparison.Ordinal);
        Assert.Equal(new object?[] { 10.0, null, null, null, null, null }, Assert.Single(result.Rows).Values);
    }

    [Fact]
    public void Import_DeclaredColumnAbsentWithoutDefault_IsAnErrorAtTheHeaderAndRejectsEveryRow()
    {
        IndicatorColumn[] columns = [Columns[0], new("lec_max", IndicatorType.Number, [], 0, 10000)];
        var path = directory.Write("safety-indicators.csv", ["uscc,hazard_score", $"{TestUscc.Valid(1)},10", $"{TestUscc.Valid(2)},20"]);

        var result = SafetyIndicatorImporter.Import(path, columns);

        ReportAssert.Counts(result.Report, read: 2, accepted: 0, rejected: 2);
        var error = ReportAssert.ErrorAt(result.Report, 1);
        Assert.Equal("lec_max", error.Column);
        Assert.Contains("declares no default", error.Reason, StringComparison.Ordinal);
        Assert.Empty(result.Rows);
    }

    [Fact]
    public void Import_HugeCountAboveTheDeclaredMaximum_RejectsTheCellWithTheRange()
    {
        IndicatorColumn[] columns = [new("major_hazard_sources", IndicatorType.Integer, [], 0, 10000, "0")];
        var path = directory.Write("safety-indicators.csv", ["uscc,major_hazard_sources", $"{TestUscc.Valid(1)},10001", $"{TestUscc.Valid(2)},3"]);

        var result = SafetyIndicatorImporter.Import(path, columns);

        ReportAssert.Counts(result.Report, read: 2, accepted: 1, rejected: 1);
        var error = ReportAssert.ErrorAt(result.Report, 2);
        Assert.Equal("major_hazard_sources", error.Column);
        Assert.Contains("10001 is above the maximum 10000 (indicators.yaml declares [0..10000])", error.Reason, StringComparison.Ordinal);
        Assert.Equal(3.0, Assert.Single(result.Rows).Values[0]);
    }

    [Fact]
    public void Import_UnknownEnterprise_RejectsRow()
    {
        var path = directory.Write("safety-indicators.csv",
        [
            "uscc,hazard_score",
            $"{TestUscc.Valid(1)},10",
            $"{TestUscc.Valid(2)},20",
        ]);

        var result = SafetyIndicatorImporter.Import(path, Columns, new HashSet<string> { TestUscc.Valid(1) });

        ReportAssert.Counts(result.Report, read: 2, accepted: 1, rejected: 1);
        var issue = ReportAssert.ErrorAt(result.Report, 3);
        Assert.Equal("uscc", issue.Column);
        Assert.Contains("unknown enterprise", issue.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_DuplicateUscc_RejectsSecondRow()
    {
        var path = directory.Write("safety-indicators.csv",
        [
            "uscc,hazard_score",
            $"{TestUscc.Valid(1)},10",
            $"{TestUscc.Valid(1)},20",
        ]);

        var result = SafetyIndicatorImporter.Import(path, Columns);

        ReportAssert.Counts(result.Report, read: 2, accepted: 1, rejected: 1);
        Assert.Contains("line 2", ReportAssert.ErrorAt(result.Report, 3).Reason, StringComparison.Ordinal);
        Assert.Equal(10.0, Assert.Single(result.Rows).Values[0]);
    }

    [Fact]
    public void Import_ColumnDeclaredTwice_Throws()
    {
        var path = directory.Write("safety-indicators.csv", ["uscc,a"]);
        IndicatorColumn[] columns = [new("a", IndicatorType.Text, [], null, null), new("A", IndicatorType.Text, [], null, null)];

        Assert.Throws<ArgumentException>(() => SafetyIndicatorImporter.Import(path, columns));
    }
}
