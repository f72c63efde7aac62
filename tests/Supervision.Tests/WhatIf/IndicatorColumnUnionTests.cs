using Supervision.Data.WhatIf;
using Supervision.Model.Indicators;

namespace Supervision.Tests.WhatIf;

/// <summary>Reading safety-indicators.csv once for two bundles whose schemas differ.</summary>
public sealed class IndicatorColumnUnionTests
{
    private static readonly IndicatorColumn Lec = new("lec_max", IndicatorType.Number, [], 0, 1000);
    private static readonly IndicatorColumn Drills = new("emergency_drills", IndicatorType.Integer, [], 0, 12);

    [Fact]
    public void Merge_ColumnOnlyTheCandidateDeclares_IsAppended()
    {
        var dust = new IndicatorColumn("dust_explosion_sites", IndicatorType.Integer, [], 0, null);

        var union = IndicatorColumnUnion.Merge([Lec, Drills], [Lec, dust, Drills], out var conflict);

        Assert.Null(conflict);
        Assert.Equal(new[] { "lec_max", "emergency_drills", "dust_explosion_sites" }, union!.Select(c => c.Name));
    }

    [Fact]
    public void Merge_SameColumnWithOtherBounds_TakesTheWiderOnes()
    {
        var union = IndicatorColumnUnion.Merge([Lec], [Lec with { Min = 10, Max = 2000 }], out _)!;

        Assert.Equal(0, union[0].Min);
        Assert.Equal(2000, union[0].Max);
    }

    [Fact]
    public void Merge_OneSideUnbounded_StaysUnbounded()
    {
        var union = IndicatorColumnUnion.Merge([Lec], [Lec with { Max = null }], out _)!;

        Assert.Null(union[0].Max);
    }

    [Fact]
    public void Merge_SameColumnWithTwoTypes_IsRefused()
    {
        var union = IndicatorColumnUnion.Merge([Lec], [Lec with { Type = IndicatorType.Text }], out var conflict);

        Assert.Null(union);
        Assert.Contains("'lec_max' is a number in the base bundle but a text in the candidate", conflict, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1000.0, true)]
    [InlineData(1000.5, false)]
    [InlineData(-1.0, false)]
    [InlineData(null, true)]
    public void Admits_NumberUnderTheBundlesOwnBounds(double? value, bool admitted)
        => Assert.Equal(admitted, IndicatorColumnUnion.Admits(Lec, value));

    [Fact]
    public void Admits_IntegerColumn_RefusesFractions()
    {
        Assert.True(IndicatorColumnUnion.Admits(Drills, 3.0));
        Assert.False(IndicatorColumnUnion.Admits(Drills, 3.5));
    }

    [Fact]
    public void Admits_EnumColumn_OnlyItsOwnValues()
    {
        var own = new IndicatorColumn("hazard_class", IndicatorType.Enum, ["甲", "乙"], null, null);

        Assert.True(IndicatorColumnUnion.Admits(own, "乙"));
        Assert.False(IndicatorColumnUnion.Admits(own, "丙"));
    }
}
