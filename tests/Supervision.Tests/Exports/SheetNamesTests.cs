using Supervision.Data.Exports;

namespace Supervision.Tests.Exports;

public sealed class SheetNamesTests
{
    [Fact]
    public void For_ForbiddenCharacters_Replaced()
    {
        Assert.Equal(["a_b_c_d_e_f_g_h"], SheetNames.For(["a:b\\c/d?e*f[g]h"]));
    }

    [Fact]
    public void For_LongAndRepeatedTitles_TruncatedTo31AndMadeUniqueIgnoringCase()
    {
        var long40 = new string('风', 40);

        var names = SheetNames.For([long40, long40, "Report", "REPORT"]);

        Assert.Equal([new string('风', 31), new string('风', 27) + " (2)", "Report", "REPORT (2)"], names);
        Assert.All(names, n => Assert.InRange(n.Length, 1, SheetNames.MaxLength));
    }

    [Fact]
    public void For_EmptyApostrophesOrHistory_GetsSheetN()
    {
        Assert.Equal(["Sheet1", "x", "Sheet3", "Sheet4"], SheetNames.For(["", "'x'", "History", null]));
    }

    [Fact]
    public void For_SurrogatePairAtTheCut_NotSplit()
    {
        var name = Assert.Single(SheetNames.For([new string('a', 30) + "𠀀b"]));

        Assert.Equal(new string('a', 30), name);
    }
}
