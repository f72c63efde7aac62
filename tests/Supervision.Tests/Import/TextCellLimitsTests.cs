using Supervision.Data.Import;
using Supervision.Model.Import;
using Supervision.Model.Text;

namespace Supervision.Tests.Import;

/// <summary>
/// Issue 17: control and bidirectional characters, over-long cells and values that start like a formula are refused
/// in every importer (one check in <see cref="RowContext"/>), the row rejected at file:line, column, the rest accounted for.
/// </summary>
public sealed class TextCellLimitsTests : IDisposable
{
    private const string Header = "uscc,name,industry_code,region,grid,registration_date,status,new_business_form";

    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    public static TheoryData<char> UnsafeCharacterClasses => new()
    {
        '\0', '\a', '\b', '\t', '\u000B', '\u000C', '\u001B', '\u007F', // C0 controls (tab included: no CSV cell needs one) and DEL
        '\u0085', '\u009B', // C1 controls (NEL, CSI)
        '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', // bidi embeddings and overrides
        '\u2066', '\u2067', '\u2068', '\u2069', // bidi isolates
        '\u200E', '\u200F', '\u061C', // bidi marks
        '\u2028', '\u2029', // line and paragraph separators
    };

    [Theory]
    [MemberData(nameof(UnsafeCharacterClasses))]
    public void Import_UnsafeCharacterInName_RejectsRowAtItsLineAndColumn(char unsafeCharacter)
    {
        var path = directory.Write("enterprises.csv",
        [
            Header,
            $"{TestUscc.Valid(1)},Alpha,C2614,Pudong,G01,2015-03-02,operating,false",
            $"{TestUscc.Valid(2)},Be{unsafeCharacter}ta,C2614,Pudong,G01,2015-03-02,operating,false",
            $"{TestUscc.Valid(3)},Gamma,C2614,Pudong,G01,2015-03-02,operating,false",
        ]);

        var result = EnterpriseImporter.Import(path);

        ReportAssert.Counts(result.Report, read: 3, accepted: 2, rejected: 1);
        var issue = ReportAssert.ErrorAt(result.Report, 3);
        Assert.Equal((path, "name"), (issue.File, issue.Column));
        Assert.Contains($"U+{(int)unsafeCharacter:X4}", issue.Reason, StringComparison.Ordinal);
        Assert.Contains("at character 3 of the cell", issue.Reason, StringComparison.Ordinal);
        Assert.Equal(["Alpha", "Gamma"], result.Rows.Select(r => r.Name));
    }

    [Theory]
    [InlineData('\u202E')]
    [InlineData('\u001B')]
    [InlineData('\0')]
    public void Import_UnsafeCharacterInAnotherImporter_IsRefusedByTheSameCheck(char unsafeCharacter)
    {
        var path = directory.Write("credit-records.csv",
        [
            "uscc,record_type,start_date,end_date,grade,amount,document_no,basis",
            $"{TestUscc.Valid(1)},penalty,2023-04-01,,,5000,DOC-1,安全生产法第九十九条",
            $"{TestUscc.Valid(1)},penalty,2023-05-01,,,5000,DOC-2,安全生产法{unsafeCharacter}第九十九条",
        ]);

        var result = CreditRecordImporter.Import(path);

        ReportAssert.Counts(result.Report, read: 2, accepted: 1, rejected: 1);
        var issue = ReportAssert.ErrorAt(result.Report, 3);
        Assert.Equal("basis", issue.Column);
        Assert.Contains(UnsafeCharacters.Describe(unsafeCharacter), issue.Reason, StringComparison.Ordinal);
        Assert.Equal("DOC-1", Assert.Single(result.Rows).DocumentNo);
    }

    [Fact]
    public void Import_NameLongerThanItsLimit_RejectsRowWithTheLimit()
    {
        var path = directory.Write("enterprises.csv",
        [
            Header,
            $"{TestUscc.Valid(1)},{new string('名', ColumnSpec.NameMaxLength)},C2614,Pudong,G01,2015-03-02,operating,false",
            $"{TestUscc.Valid(2)},{new string('x', 1_000_000)},C2614,Pudong,G01,2015-03-02,operating,false",
        ]);

        var result = EnterpriseImporter.Import(path);

        ReportAssert.Counts(result.Report, read: 2, accepted: 1, rejected: 1);
        var issue = ReportAssert.ErrorAt(result.Report, 3);
        Assert.Equal("name", issue.Column);
        Assert.Contains("1000000 characters, more than the column's limit of 200", issue.Reason, StringComparison.Ordinal);
        Assert.Equal(ColumnSpec.NameMaxLength, Assert.Single(result.Rows).Name.Length);
    }

    [Fact]
    public void Import_CodeLongerThanTheDefaultLimit_IsRefusedOnce()
    {
        var path = directory.Write("enterprises.csv",
        [
            Header,
            $"{TestUscc.Valid(1)},Alpha,C2614,{new string('r', ColumnSpec.DefaultMaxLength + 1)},G01,2015-03-02,operating,false",
        ]);

        var result = EnterpriseImporter.Import(path);

        ReportAssert.Counts(result.Report, read: 1, accepted: 0, rejected: 1);
        Assert.Contains("limit of 100", ReportAssert.ErrorAt(result.Report, 2).Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")")]
    [InlineData("+1+1")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    public void Import_NameStartingLikeAFormula_RejectsRow(string name)
    {
        var path = directory.Write("enterprises.csv",
        [
            Header,
            $"{TestUscc.Valid(1)},\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\",C2614,Pudong,G01,2015-03-02,operating,false",
            $"{TestUscc.Valid(2)},Beta {name.Replace("\"", "", StringComparison.Ordinal)},C2614,Pudong,G01,2015-03-02,operating,false",
        ]);

        var result = EnterpriseImporter.Import(path);

        ReportAssert.Counts(result.Report, read: 2, accepted: 1, rejected: 1);
        var issue = ReportAssert.ErrorAt(result.Report, 2);
        Assert.Equal("name", issue.Column);
        Assert.Contains($"may not start with '{name[0]}'", issue.Reason, StringComparison.Ordinal);
        Assert.StartsWith("Beta ", Assert.Single(result.Rows).Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_ListEntryStartingLikeAFormula_RejectsRow()
    {
        var path = directory.Write("inspections.csv",
        [
            "inspection_id,uscc,date,department,inspectors,violation_found",
            $"I-1,{TestUscc.Valid(1)},2024-03-01,市场监管,A01;A02,false",
            $"I-2,{TestUscc.Valid(1)},2024-04-01,市场监管,A01; =cmd|' /C calc'!A0,false",
        ]);

        var result = InspectionImporter.Import(path);

        ReportAssert.Counts(result.Report, read: 2, accepted: 1, rejected: 1);
        var issue = ReportAssert.ErrorAt(result.Report, 3);
        Assert.Equal("inspectors", issue.Column);
        Assert.Contains("may not start with '='", issue.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_NegativeAmountInANumberColumn_IsNotAFormulaProblem()
    {
        var path = directory.Write("credit-records.csv",
        [
            "uscc,record_type,start_date,end_date,grade,amount,document_no,basis",
            $"{TestUscc.Valid(1)},penalty,2023-04-01,,,-5,DOC-1,",
        ]);

        var result = CreditRecordImporter.Import(path);

        Assert.Equal("amount must not be negative", ReportAssert.ErrorAt(result.Report, 2).Reason);
    }

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("2101-01-01")]
    public void Import_RegistrationDateAfter2100_RejectsRow(string date)
    {
        var path = directory.Write("enterprises.csv",
        [
            Header,
            $"{TestUscc.Valid(1)},Alpha,C2614,Pudong,G01,2100-12-31,operating,false",
            $"{TestUscc.Valid(2)},Beta,C2614,Pudong,G01,{date},operating,false",
        ]);

        var result = EnterpriseImporter.Import(path);

        ReportAssert.Counts(result.Report, read: 2, accepted: 1, rejected: 1);
        var issue = ReportAssert.ErrorAt(result.Report, 3);
        Assert.Equal(("registration_date", "registration date is after 2100-12-31"), (issue.Column, issue.Reason));
    }

    [Fact]
    public void Format_ValuesFromTheFile_ArePrintedEscaped()
    {
        var path = directory.Write("enterprises.csv",
        [
            Header + ",x\u001B[31my",
            $"{TestUscc.Valid(1)},Al\u202Epha,C2614,Pudong,G01,2015-03-02,operating,false,",
        ]);

        var text = ImportReportFormatter.Format(EnterpriseImporter.Import(path).Report);

        Assert.Equal(-1, UnsafeCharacters.IndexOf(text.Replace(Environment.NewLine, "", StringComparison.Ordinal)));
        Assert.Contains("unknown columns ignored: x\\u{001B}[31my", text, StringComparison.Ordinal);
        Assert.Contains("U+202E (right-to-left override) at character 3", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Alpha", "Alpha")]
    [InlineData("evil\u202Etxt.exe", "evil\\u{202E}txt.exe")]
    [InlineData("\u001B[2J\0", "\\u{001B}[2J\\u{0000}")]
    [InlineData("a\nb", "a\\u{000A}b")]
    public void Escape_WritesUnsafeCharactersAsCodePoints(string value, string expected)
        => Assert.Equal(expected, UnsafeCharacters.Escape(value));

    [Fact]
    public void EscapeKeepingLines_KeepsLineFeedsOnly()
        => Assert.Equal("a\nb\\u{000D}\\u{2067}", UnsafeCharacters.EscapeKeepingLines("a\nb\r\u2067"));

    [Fact]
    public void Issue_RejectedCell_IsReportedOnce()
    {
        // A date cell with an ESC is not also "not a date".
        var path = directory.Write("enterprises.csv",
        [
            Header,
            $"{TestUscc.Valid(1)},Alpha,C2614,Pudong,G01,2015-\u001B03-02,operating,false",
        ]);

        var issues = EnterpriseImporter.Import(path).Report.Issues;

        Assert.Single(issues, i => i.Severity == IssueSeverity.Error);
    }
}
