using Supervision.Data.Scoring;
using Supervision.Data.WhatIf;
using Supervision.Tests.Support;

namespace Supervision.Tests.WhatIf;

/// <summary>When the two bundles of a what-if can score the same facts.</summary>
public sealed class DiffSideTests
{
    [Fact]
    public void BuildsSameFactsAs_OnlyARuleChanged_IsTrue()
    {
        using var copy = new BundleCopy();
        copy.Replace("evaluation/safety.yaml", "when: lec_max >= 160 and lec_max <= 320", "when: lec_max >= 150 and lec_max <= 320");

        var (b, c) = Sides(copy);

        Assert.True(c.BuildsSameFactsAs(b));
    }

    [Fact]
    public void BuildsSameFactsAs_NewIndicator_IsFalse()
    {
        using var copy = new BundleCopy();
        copy.AddDustIndicatorAndRule();

        var (b, c) = Sides(copy);

        Assert.False(c.BuildsSameFactsAs(b));
    }

    [Fact]
    public void BuildsSameFactsAs_OtherDefault_IsFalse()
    {
        using var copy = new BundleCopy();
        copy.Replace("indicators.yaml", "  - name: lec_max\n    type: number\n    min: 0\n    max: 10000\n    default: 0\n",
            "  - name: lec_max\n    type: number\n    min: 0\n    max: 10000\n    default: 100\n");

        var (b, c) = Sides(copy);

        Assert.False(c.BuildsSameFactsAs(b));
    }

    [Fact]
    public void BuildsSameFactsAs_NarrowerRange_IsFalse()
    {
        using var copy = new BundleCopy();
        copy.Replace("indicators.yaml", "    max: 10000\n    default: 0\n    description: 作业条件", "    max: 300\n    default: 0\n    description: 作业条件");

        var (b, c) = Sides(copy);

        Assert.False(c.BuildsSameFactsAs(b));
    }

    private static (DiffSide Base, DiffSide Candidate) Sides(BundleCopy copy)
    {
        var (candidate, diagnostics) = copy.Compile();
        Assert.True(candidate is not null, string.Join('\n', diagnostics));
        var columns = IndicatorColumnUnion.Merge(new FactBuilder(ShippedBundle.Bundle).SafetyColumns, new FactBuilder(candidate).SafetyColumns, out _)!;
        return (new DiffSide(ShippedBundle.Bundle, columns), new DiffSide(candidate, columns));
    }
}
