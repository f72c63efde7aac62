using Supervision.Rules.Bundle;
using Supervision.Data.WhatIf;
using Supervision.Model.Registry;
using Supervision.Rules.Scoring;

namespace Supervision.Tests.WhatIf;

/// <summary>Expected inspections (Σ ratio) and the planned draw n = min(e, max(min_count, ⌈ratio × e⌉)) per category.</summary>
public sealed class CategoryTallyTests
{
    [Fact]
    public void Planned_HundredAtFivePercent_IsExactlyFive()
    {
        var tally = new CategoryTally(RegimeEffects.Standard);

        // 0.05 × 100 is 5.000000000000001 in binary floating point; the count must still be 5.
        Add(tally, 100, Outcome("III", 0.05));

        Assert.Equal(100, tally.Enterprises("III"));
        Assert.Equal(5.0, tally.Expected("III"), 9);
        Assert.Equal(5, tally.Planned("III"));
    }

    [Fact]
    public void Planned_SmallCategory_TakesTheMinimumCount()
    {
        var tally = new CategoryTally(RegimeEffects.Standard);

        Add(tally, 4, Outcome("IV", 0.03, minCount: 2));

        Assert.Equal(0.12, tally.Expected("IV"), 9);
        Assert.Equal(2, tally.Planned("IV"));
    }

    [Fact]
    public void Planned_MinimumAboveThePool_TakesTheWholePool()
    {
        var tally = new CategoryTally(RegimeEffects.Standard);

        Add(tally, 1, Outcome("IV", 0.03, minCount: 3));

        Assert.Equal(1, tally.Planned("IV"));
    }

    [Fact]
    public void Planned_RegimesOutsideRoutineDraws_CountInExpectedButNotInPlanned()
    {
        var tally = new CategoryTally(RegimeEffects.Standard);

        Add(tally, 10, Outcome("IV", 0.03, regime: "trigger_only"));
        Add(tally, 10, Outcome("IV", 0.03, regime: "observation"));
        Add(tally, 10, Outcome("IV", 0.03, regime: "dormant"));
        Add(tally, 10, Outcome("IV", 0.03), OperatingStatus.Revoked);

        Assert.Equal(40, tally.Enterprises("IV"));
        Assert.Equal(1.2, tally.Expected("IV"), 9);
        Assert.Equal(0, tally.Planned("IV"));
    }

    [Fact]
    public void Planned_Blacklisted_AreAllDrawnBesideTheCategoryPool()
    {
        var tally = new CategoryTally(RegimeEffects.Standard);

        Add(tally, 3, Outcome("I", 1.0, regime: "blacklist"));
        Add(tally, 20, Outcome("I", 0.3));

        Assert.Equal(3 + 6.0, tally.Expected("I"), 9);
        Assert.Equal(3 + 6, tally.Planned("I"));
    }

    [Fact]
    public void Planned_ExemptCategory_IsNotDrawn()
    {
        var tally = new CategoryTally(RegimeEffects.Standard);

        Add(tally, 10, Outcome("V", 0, minCount: 0, exempt: true));

        Assert.Equal(0, tally.Planned("V"));
    }

    [Fact]
    public void Add_FailedEvaluation_CountsAsAnErrorOnly()
    {
        var tally = new CategoryTally(RegimeEffects.Standard);

        tally.Add(Outcome("I", 0.3) with { Error = "rule S-X could not be evaluated" }, OperatingStatus.Operating);

        Assert.Equal(1, tally.Errors);
        Assert.Equal(0, tally.Enterprises("I"));
        Assert.Equal(0, tally.Planned("I"));
    }

    private static void Add(CategoryTally tally, int count, Outcome outcome, OperatingStatus status = OperatingStatus.Operating)
    {
        for (var i = 0; i < count; i++)
        {
            tally.Add(outcome, status);
        }
    }

    private static Outcome Outcome(string category, double ratio, int minCount = 1, bool exempt = false, string regime = "routine")
        => new(95, "蓝", 95, "A", category, ratio, minCount, exempt, regime, [], null);
}
