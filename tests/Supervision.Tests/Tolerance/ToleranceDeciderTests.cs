using Supervision.Rules.Tolerance;
using static Supervision.Tests.Tolerance.ShippedTolerance;

namespace Supervision.Tests.Tolerance;

/// <summary>Each condition and exclusion of the shipped list at its boundary, and the precedence between rows.</summary>
public sealed class ToleranceDeciderTests
{
    [Fact]
    public void Decide_FirstSlightCorrected_NoPenaltyWithEducationAndBases()
    {
        var decision = Decide(Finding());

        Assert.Equal(ToleranceOutcome.NoPenalty, decision.Outcome);
        Assert.Equal("TL-SJ-01", decision.ItemNo);
        Assert.Equal("可以", decision.Modality);
        Assert.Contains("第三十三条第一款", decision.ExemptionBasis, StringComparison.Ordinal);
        Assert.Contains("价格法》第四十二条", decision.PenaltyBasis, StringComparison.Ordinal);
        Assert.Equal("批评教育并告知明码标价规定", decision.Education);
        Assert.Contains("立案后、作出决定前改正", decision.Reason, StringComparison.Ordinal);
        Assert.Equal(["TL-SJ-01"], decision.Rules);
        Assert.False(decision.CountsAsViolation);
    }

    [Fact]
    public void Decide_RepeatViolation_PenaltyCitingThePreviousOne()
    {
        var decision = Decide(Finding() with { FirstViolation = false, PreviousViolation = new DateOnly(2026, 1, 7) });

        Assert.Equal(ToleranceOutcome.Penalty, decision.Outcome);
        Assert.Contains("2026-01-07已发现同一违法行为", decision.Reason, StringComparison.Ordinal);
        Assert.True(decision.CountsAsViolation);
    }

    [Theory]
    [InlineData(1, ToleranceOutcome.NoPenalty)]
    [InlineData(2, ToleranceOutcome.Penalty)]
    public void Decide_ViolationsInOneInspection_TwoOrMoreExclude(int violations, ToleranceOutcome expected)
    {
        var decision = Decide(Finding() with { ViolationsInInspection = violations });

        Assert.Equal(expected, decision.Outcome);
        if (expected == ToleranceOutcome.Penalty)
        {
            Assert.Contains("同一次检查发现两项及以上违法行为", decision.Reason, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(false, ToleranceOutcome.NoPenalty)]
    [InlineData(true, ToleranceOutcome.Penalty)]
    public void Decide_Blacklisted_Excludes(bool blacklisted, ToleranceOutcome expected)
        => Assert.Equal(expected, Decide(Finding() with { Blacklisted = blacklisted }).Outcome);

    [Fact]
    public void Decide_BlacklistedEvenWhenEveryConditionHolds_ExclusionBeatsExemption()
    {
        var decision = Decide(Finding() with { Blacklisted = true });

        Assert.Contains("TL-SJ-01", decision.Rules);
        Assert.Contains("TL-SJ-01!列入严重违法失信名单", decision.Rules);
        Assert.Contains("排除适用（列入严重违法失信名单）", decision.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, ToleranceOutcome.NoPenalty)]
    [InlineData(1, ToleranceOutcome.Penalty)]
    public void Decide_FatalAccidentWithinThreeYears_Excludes(int accidents, ToleranceOutcome expected)
    {
        var finding = Finding("YJ-YH-01", "应急管理局") with { IndustryCode = "G5910", Timing = CorrectionTiming.WithinDeadline, FatalAccidents = accidents };

        Assert.Equal(expected, Decide(finding).Outcome);
    }

    [Theory]
    [InlineData("F5181", ToleranceOutcome.NoPenalty)]
    [InlineData("H6210", ToleranceOutcome.Penalty)]
    [InlineData("C1431", ToleranceOutcome.Penalty)]
    public void Decide_FoodSector_Excludes(string industry, ToleranceOutcome expected)
        => Assert.Equal(expected, Decide(Finding() with { IndustryCode = industry }).Outcome);

    [Theory]
    [InlineData("G5910", ToleranceOutcome.NoPenalty)]
    [InlineData("C2614", ToleranceOutcome.Penalty)]
    public void Decide_HazardousChemicalSector_ExcludesTrainingRecords(string industry, ToleranceOutcome expected)
    {
        var finding = Finding("YJ-PX-01", "应急管理局") with { IndustryCode = industry, Quantity = 5 };

        Assert.Equal(expected, Decide(finding).Outcome);
    }

    [Theory]
    [InlineData("10", ToleranceOutcome.NoPenalty)]
    [InlineData("11", ToleranceOutcome.Penalty)]
    public void Decide_PersonsConcerned_TenOrFewer(string persons, ToleranceOutcome expected)
    {
        var finding = Finding("YJ-PX-01", "应急管理局") with { IndustryCode = "G5910", Quantity = decimal.Parse(persons, System.Globalization.CultureInfo.InvariantCulture) };

        Assert.Equal(expected, Decide(finding).Outcome);
    }

    [Theory]
    [InlineData("2000", ToleranceOutcome.NoPenalty, "TL-SJ-04")]
    [InlineData("2000.01", ToleranceOutcome.LighterPenalty, "TL-SJ-05")]
    [InlineData("10000", ToleranceOutcome.LighterPenalty, "TL-SJ-05")]
    [InlineData("10000.01", ToleranceOutcome.Penalty, null)]
    public void Decide_GoodsValueThresholds_NoPenaltyBeatsLighter(string value, ToleranceOutcome expected, string? item)
    {
        var finding = Finding("SJ-BS-01") with { Quantity = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture) };

        var decision = Decide(finding);

        Assert.Equal(expected, decision.Outcome);
        Assert.Equal(item, decision.ItemNo);
    }

    [Fact]
    public void Decide_ThresholdNotRecorded_ConditionFailsVisibly()
    {
        var decision = Decide(Finding("SJ-BS-01"));

        Assert.Equal(ToleranceOutcome.Penalty, decision.Outcome);
        Assert.Contains("实际为未记录", decision.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CorrectionTiming.BeforeDiscovery, ToleranceOutcome.NoPenalty)]
    [InlineData(CorrectionTiming.BeforeDecision, ToleranceOutcome.NoPenalty)]
    [InlineData(CorrectionTiming.WithinDeadline, ToleranceOutcome.NoPenalty)]
    [InlineData(CorrectionTiming.Late, ToleranceOutcome.Penalty)]
    [InlineData(CorrectionTiming.NotCorrected, ToleranceOutcome.Penalty)]
    public void Decide_CorrectionTiming_ThreeTimingsAreInTime(CorrectionTiming timing, ToleranceOutcome expected)
        => Assert.Equal(expected, Decide(Finding() with { Timing = timing }).Outcome);

    [Fact]
    public void Decide_RowAcceptingOnlyLaterTimings_BeforeDiscoveryNotEnough()
        => Assert.Equal(ToleranceOutcome.Penalty, Decide(Finding("HB-YC-01", "生态环境局") with { Timing = CorrectionTiming.BeforeDecision }).Outcome);

    [Theory]
    [InlineData(HarmLevel.None, ToleranceOutcome.NoPenalty)]
    [InlineData(HarmLevel.Slight, ToleranceOutcome.NoPenalty)]
    [InlineData(HarmLevel.Serious, ToleranceOutcome.Penalty)]
    public void Decide_Harm_FirstViolationAllowsSlight(HarmLevel harm, ToleranceOutcome expected)
        => Assert.Equal(expected, Decide(Finding() with { Harm = harm }).Outcome);

    [Theory]
    [InlineData(HarmLevel.None, ToleranceOutcome.NoPenalty)]
    [InlineData(HarmLevel.Slight, ToleranceOutcome.Penalty)]
    public void Decide_MandatoryMinorViolation_NeedsNoHarmButNotFirst(HarmLevel harm, ToleranceOutcome expected)
    {
        var decision = Decide(Finding("SJ-GG-01") with { Harm = harm, FirstViolation = false, ViolationsInInspection = 2 });

        Assert.Equal(expected, decision.Outcome);
        Assert.Equal(expected == ToleranceOutcome.NoPenalty ? "应当" : "", decision.Modality);
    }

    [Theory]
    [InlineData(2028, 12, 31, ToleranceOutcome.NoPenalty)]
    [InlineData(2029, 1, 1, ToleranceOutcome.Penalty)]
    public void Decide_ValidityPeriod_JudgedOnTheInspectionDate(int year, int month, int day, ToleranceOutcome expected)
        => Assert.Equal(expected, Decide(Finding() with { InspectionDate = new DateOnly(year, month, day) }).Outcome);

    [Fact]
    public void Decide_OtherDepartment_NotOnItsList()
    {
        var decision = Decide(Finding(department: "应急管理局"));

        Assert.Equal(ToleranceOutcome.Penalty, decision.Outcome);
        Assert.Contains("不在包容免罚清单内", decision.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("G5532", ToleranceOutcome.NoPenalty)]
    [InlineData("F5181", ToleranceOutcome.Penalty)]
    public void Decide_IndustryScope_OnlyListedIndustries(string industry, ToleranceOutcome expected)
    {
        var finding = Finding("JT-RY-01", "交通运输局") with { IndustryCode = industry, Harm = HarmLevel.None };

        Assert.Equal(expected, Decide(finding).Outcome);
    }

    [Fact]
    public void Decide_DeadlineNotPassed_Pending()
    {
        var decision = Decide(Finding() with { Timing = CorrectionTiming.NotCorrected }, pending: true);

        Assert.Equal(ToleranceOutcome.Pending, decision.Outcome);
        Assert.False(decision.IsPenalised);
    }
}
