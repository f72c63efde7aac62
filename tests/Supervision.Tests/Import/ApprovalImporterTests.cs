using Supervision.Data.Import;
using Supervision.Model.Registry;

namespace Supervision.Tests.Import;

public sealed class ApprovalImporterTests : IDisposable
{
    private const string Header = "approval_no,uscc,kind,matter,department,granted_on,commitment_items,verified_on,verification";

    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public void Import_KindsAndFindingsInEitherLanguage_PendingAndVerified()
    {
        var path = directory.Write("approvals.csv",
        [
            Header,
            $"A1,{TestUscc.Valid(1)},告知承诺,食品经营许可,市场监管局,2026-06-01,符合许可条件；具备经营场所,2026-07-01,承诺不实",
            $"A2,{TestUscc.Valid(1)},credit,港口经营许可,交通运输局,2026-10-01,,,",
            $"A3,{TestUscc.Valid(2)},commitment,食品经营许可,市场监管局,2026-05-01,符合许可条件,2026-05-20,true",
        ]);

        var result = ApprovalImporter.Import(path);

        ReportAssert.Counts(result.Report, read: 3, accepted: 3, rejected: 0);
        Assert.Equal([ApprovalKind.Commitment, ApprovalKind.Credit, ApprovalKind.Commitment], result.Rows.Select(a => a.Kind));
        Assert.Equal(["符合许可条件", "具备经营场所"], result.Rows[0].CommitmentItems);
        Assert.Equal([false, null, true], result.Rows.Select(a => a.CommitmentTrue));
        Assert.True(result.Rows[0].FoundFalseBy(new DateOnly(2026, 7, 1)));
        Assert.False(result.Rows[0].FoundFalseBy(new DateOnly(2026, 6, 30)));
    }

    [Fact]
    public void Import_DuplicateNumberUnknownEnterpriseAndHalfAVerification_AreReportedOnTheirLines_TheRestAccepted()
    {
        var path = directory.Write("approvals.csv",
        [
            Header,
            $"A1,{TestUscc.Valid(1)},commitment,食品经营许可,市场监管局,2026-06-01,,,",
            $"A1,{TestUscc.Valid(1)},commitment,食品经营许可,市场监管局,2026-06-02,,,",
            $"A2,{TestUscc.Valid(9)},commitment,食品经营许可,市场监管局,2026-06-01,,,",
            $"A3,{TestUscc.Valid(1)},commitment,食品经营许可,市场监管局,2026-06-01,,2026-07-01,",
            $"A4,{TestUscc.Valid(1)},commitment,食品经营许可,市场监管局,2026-06-01,,2026-05-01,true",
            $"A5,{TestUscc.Valid(1)},license,食品经营许可,市场监管局,2026-06-01,,,",
            $"A6,{TestUscc.Valid(1)},commitment,食品经营许可,市场监管局,2026-06-01,,2026-07-01,maybe",
            $"A7,{TestUscc.Valid(2)},credit,港口经营许可,交通运输局,2026-06-01,,,",
        ]);

        var result = ApprovalImporter.Import(path, new HashSet<string>([TestUscc.Valid(1), TestUscc.Valid(2)], StringComparer.Ordinal));

        ReportAssert.Counts(result.Report, read: 8, accepted: 2, rejected: 6);
        Assert.Equal(["A1", "A7"], result.Rows.Select(a => a.ApprovalNo));
        Assert.Contains("approval_no", ReportAssert.ErrorAt(result.Report, 3).Reason, StringComparison.Ordinal);
        Assert.Equal("uscc", ReportAssert.ErrorAt(result.Report, 4).Column);
        Assert.Equal("verification", ReportAssert.ErrorAt(result.Report, 5).Column);
        Assert.Equal("verified_on", ReportAssert.ErrorAt(result.Report, 6).Column);
        Assert.Equal("kind", ReportAssert.ErrorAt(result.Report, 7).Column);
        Assert.Equal("verification", ReportAssert.ErrorAt(result.Report, 8).Column);
    }
}
