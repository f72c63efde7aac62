using Supervision.Rules.Bundle;
using Supervision.Rules.Diagnostics;
using Supervision.Rules.Tolerance;
using Supervision.Tests.Support;

namespace Supervision.Tests.Tolerance;

/// <summary>The list loader: the shipped list is valid; each kind of bad cell is reported at its line and column.</summary>
public sealed class ToleranceListLoaderTests
{
    private const string ListFile = "tolerance/tolerance-list.csv";

    [Fact]
    public void Load_ShippedList_NoDiagnostics()
    {
        var diagnostics = new DiagnosticBag();

        var list = ToleranceListLoader.Load(RepoPaths.Rules, diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.NotNull(list);
        Assert.Equal(11, list.Items.Count);
        Assert.Equal(12, list.Settings.LookBackMonths);
        Assert.Equal(64, list.ContentHash.Length);
        Assert.All(list.Items, i => Assert.Contains(i.Exclusions, e => e.Kind == ExclusionKind.Blacklisted));
    }

    [Theory]
    [InlineData(",不予处罚,可以,true,slight,before_discovery;before_decision;within_deadline,,,blacklisted;multiple_violations;sector:食品;sector:药品,批评教育并告知明码标价规定",
        ",免罚,可以,true,slight,before_discovery;before_decision;within_deadline,,,blacklisted;multiple_violations;sector:食品;sector:药品,批评教育并告知明码标价规定", "SV306", 7)]
    [InlineData("blacklisted;multiple_violations;sector:食品;sector:药品,批评教育并告知明码标价规定", "blacklisted;multiple_violations;sector:烟草,批评教育并告知明码标价规定", "SV308", 14)]
    [InlineData("blacklisted;multiple_violations;sector:食品;sector:药品,批评教育并告知明码标价规定", "multiple_violations,批评教育并告知明码标价规定", "SV309", 14)]
    [InlineData(",不予处罚,可以,true,slight,before_discovery;before_decision;within_deadline,,,blacklisted;multiple", ",不予处罚,可以,true,slight,-,,,blacklisted;multiple", "SV310", 11)]
    [InlineData("TL-SJ-02,SJ-GG-01", "TL-SJ-01,SJ-GG-01", "SV305", 1)]
    [InlineData("行政指导；3个月内回访检查,false,-,2026-01-01,2028-12-31", "行政指导；3个月内回访检查,false,-,2026-13-01,2028-12-31", "SV035", 19)]
    public void Load_BadCell_ReportedAtLineAndColumn(string oldText, string newText, string code, int column)
    {
        using var copy = new BundleCopy();
        copy.Replace(ListFile, oldText, newText);
        var diagnostics = new DiagnosticBag();

        var list = ToleranceListLoader.Load(copy.Directory, diagnostics);

        Assert.Null(list);
        var diagnostic = Assert.Single(diagnostics.Items, d => d.Code == code);
        Assert.Equal(ListFile, diagnostic.Location.File);
        Assert.Equal(column, diagnostic.Location.Column);
        Assert.InRange(diagnostic.Location.Line, 2, 12);
    }

    [Fact]
    public void Load_MandatoryNoPenaltyWithHarm_Article33Error()
    {
        using var copy = new BundleCopy();
        copy.Replace(ListFile, "不予处罚,应当,false,none", "不予处罚,应当,false,slight");
        var diagnostics = new DiagnosticBag();

        Assert.Null(ToleranceListLoader.Load(copy.Directory, diagnostics));
        Assert.Contains(diagnostics.Items, d => d.Code == "SV310" && d.Message.Contains("max_harm must be none", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_AuthorApproves_FourEyesError()
    {
        using var copy = new BundleCopy();
        copy.Replace("tolerance/tolerance.yaml", "approver: 片区司法局 行政执法协调监督科", "approver: 片区市场监管局 法规科");
        var diagnostics = new DiagnosticBag();

        Assert.Null(ToleranceListLoader.Load(copy.Directory, diagnostics));
        Assert.Contains(diagnostics.Items, d => d.Code == "SV301" && d.Location.File == "tolerance/tolerance.yaml");
    }

    [Fact]
    public void BundleHash_EditedToleranceList_ScoringBundleHashUnchanged()
    {
        using var copy = new BundleCopy();
        var before = BundleHasher.Hash(copy.Directory);
        var listBefore = ToleranceListLoader.Load(copy.Directory, new DiagnosticBag())!.ContentHash;

        copy.Replace(ListFile, "批评教育并告知明码标价规定", "批评教育并当场告知明码标价规定");

        Assert.Equal(before, BundleHasher.Hash(copy.Directory));
        Assert.NotEqual(listBefore, ToleranceListLoader.Load(copy.Directory, new DiagnosticBag())!.ContentHash);
    }
}
