using Supervision.Data.Import;

namespace Supervision.Tests.Import;

public sealed class ComplaintImporterTests : IDisposable
{
    private const string Header = "reference,uscc,date,channel,matter,verified";

    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public void Import_ChannelsInEitherLanguage_AndVerifiedFlags()
    {
        var path = directory.Write("complaints.csv",
        [
            Header,
            $"TS1,{TestUscc.Valid(1)},2026-10-01,12315,未明码标价,是",
            $"TS2,{TestUscc.Valid(1)},2026-10-02,来信,噪声扰民,false",
            $"TS3,{TestUscc.Valid(2)},2026-10-03,网络,虚假宣传,true",
        ]);

        var result = ComplaintImporter.Import(path);

        ReportAssert.Counts(result.Report, read: 3, accepted: 3, rejected: 0);
        Assert.Equal(["12315", "letter", "online"], result.Rows.Select(c => c.Channel));
        Assert.Equal([true, false, true], result.Rows.Select(c => c.Verified));
        Assert.Equal(new DateOnly(2026, 10, 2), result.Rows[1].Date);
    }

    [Fact]
    public void Import_DuplicateReferenceUnknownEnterpriseAndBadCells_AreReportedOnTheirLines_TheRestAccepted()
    {
        var path = directory.Write("complaints.csv",
        [
            Header,
            $"TS1,{TestUscc.Valid(1)},2026-10-01,12315,未明码标价,true",
            $"TS1,{TestUscc.Valid(1)},2026-10-05,12345,未明码标价,false",
            $"TS2,{TestUscc.Valid(9)},2026-10-01,12315,商品质量,false",
            $"TS3,{TestUscc.Valid(1)},2026-13-01,12315,商品质量,false",
            $"TS4,{TestUscc.Valid(1)},2026-10-01,电话,商品质量,false",
            $"TS5,{TestUscc.Valid(1)},2026-10-01,12315,=1+1,false",
            $"TS6,{TestUscc.Valid(1)},2026-10-01,12315,计量不准,maybe",
            $"TS7,{TestUscc.Valid(2)},2026-10-01,visit,计量不准,false",
        ]);

        var result = ComplaintImporter.Import(path, new HashSet<string>([TestUscc.Valid(1), TestUscc.Valid(2)], StringComparer.Ordinal));

        ReportAssert.Counts(result.Report, read: 8, accepted: 2, rejected: 6);
        Assert.Equal(["TS1", "TS7"], result.Rows.Select(c => c.Reference));
        Assert.Contains("reference", ReportAssert.ErrorAt(result.Report, 3).Reason, StringComparison.Ordinal);
        Assert.Equal("uscc", ReportAssert.ErrorAt(result.Report, 4).Column);
        Assert.Equal("date", ReportAssert.ErrorAt(result.Report, 5).Column);
        Assert.Equal("channel", ReportAssert.ErrorAt(result.Report, 6).Column);
        Assert.Equal("matter", ReportAssert.ErrorAt(result.Report, 7).Column);
        Assert.Equal("verified", ReportAssert.ErrorAt(result.Report, 8).Column);
    }

    [Fact]
    public void Import_Gb18030File_ReadsTheChineseText()
    {
        var path = directory.Write("complaints.csv", [Header, $"TS1,{TestUscc.Valid(1)},2026-10-01,来访,食品卫生问题,true"], TempDirectory.Gb18030);

        var result = ComplaintImporter.Import(path);

        ReportAssert.Counts(result.Report, read: 1, accepted: 1, rejected: 0);
        Assert.Equal(("visit", "食品卫生问题"), (result.Rows[0].Channel, result.Rows[0].Matter));
    }
}
