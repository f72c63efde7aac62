using Supervision.Rules.Scoring;
using Supervision.Tests.Support;

namespace Supervision.Tests.Rules;

/// <summary>Every rule of the shipped bundle fires at its threshold and not just below it (NRules sessions).</summary>
public sealed class RuleThresholdTests
{
    public static TheoryData<string, string, object, object> Thresholds => new()
    {
        { "S-RED-NEWPROC", "untested_new_process", true, false },
        { "S-RED-UNDESIGNED", "undesigned_units", true, false },
        { "S-RED-UNCERTIFIED", "uncertified_special_workers", 1.0, 0.0 },
        { "S-RED-MAJOR-ACC", "major_accidents_3y", 1.0, 0.0 },
        { "S-RED-SERIOUS-ACC", "serious_accidents_3y", 2.0, 1.0 },
        { "S-RED-FATAL-1Y", "fatal_general_accidents_1y", 2.0, 1.0 },
        { "S-DED-SERIOUS-ACC", "serious_accidents_3y", 1.0, 0.0 },
        { "S-DED-FATAL-1", "fatal_accidents_3y", 1.0, 0.0 },
        { "S-DED-FATAL-2", "fatal_accidents_3y", 2.0, 1.0 },
        { "S-DED-IMPACT", "impact_incidents_3y", 1.0, 0.0 },
        { "S-DED-MAJOR-HAZARD", "major_hazard_sources", 1.0, 0.0 },
        { "S-DED-MAJOR-HAZARD-MULTI", "major_hazard_sources", 3.0, 2.0 },
        { "S-DED-MAJOR-HIDDEN", "major_hidden_hazards_open", 1.0, 0.0 },
        { "S-DED-GENERAL-HIDDEN-5", "general_hidden_hazards_open", 5.0, 4.0 },
        { "S-DED-GENERAL-HIDDEN-10", "general_hidden_hazards_open", 10.0, 9.0 },
        { "S-DED-LEC-320", "lec_max", 320.01, 320.0 },
        { "S-DED-LEC-160", "lec_max", 160.0, 159.99 },
        { "S-DED-LEC-70", "lec_max", 70.0, 69.99 },
        { "S-DED-TRAINING-90", "safety_training_rate", 0.89, 0.9 },
        { "S-DED-TRAINING-70", "safety_training_rate", 0.69, 0.7 },
        { "S-DED-NO-DRILL", "emergency_drills_12m", 0.0, 1.0 },
        { "S-BON-STD-1", "standardization_level", 1.0, 0.0 },
        { "S-BON-STD-2", "standardization_level", 2.0, 0.0 },
        { "S-BON-STD-3", "standardization_level", 3.0, 0.0 },
        { "S-BON-FIRE", "fire_brigade", true, false },
        { "S-BON-NO-ACC-5Y", "years_without_accident", 5.0, 4.0 },
        { "C-D-BLACKLIST", "blacklisted", true, false },
        { "C-DED-ABNORMAL", "abnormal_listed", true, false },
        { "C-DED-PENALTY-12M", "penalties_12m", 1.0, 0.0 },
        { "C-DED-PENALTY-REPEAT", "penalties_36m", 3.0, 2.0 },
        { "C-DED-PENALTY-HEAVY", "penalty_amount_36m", 100000.0, 99999.99 },
        { "C-DED-VIOLATION", "violations_24m", 1.0, 0.0 },
        { "C-DED-VIOLATION-REPEAT", "violations_24m", 2.0, 1.0 },
        { "C-DED-TAX-C", "tax_grade", "C", "B" },
        { "C-DED-TAX-D", "tax_grade", "D", "C" },
        { "C-BON-TAX-A", "tax_grade", "A", "B" },
        { "C-DED-PUBLIC-C", "public_credit_grade", "C", "B" },
        { "C-DED-PUBLIC-D", "public_credit_grade", "D", "C" },
        { "R-BLACKLIST", "blacklisted", true, false },
        { "R-DORMANT", "status", "dormant", "operating" },
        { "R-TRIGGER-ONLY", "penalties_36m", 0.0, 1.0 },
    };

    [Theory]
    [MemberData(nameof(Thresholds))]
    public void Rule_AtThreshold_FiresAndJustBelowDoesNot(string ruleId, string indicator, object firing, object notFiring)
    {
        var fires = ShippedBundle.Score(ShippedBundle.Input((indicator, firing)));
        var doesNot = ShippedBundle.Score(ShippedBundle.Input((indicator, notFiring)));

        Assert.Null(fires.Error);
        Assert.Null(doesNot.Error);
        Assert.Contains(ruleId, ShippedBundle.Fired(fires));
        Assert.DoesNotContain(ruleId, ShippedBundle.Fired(doesNot));
    }

    [Fact]
    public void AbnormalLong_At24Months_FiresAnd23DoesNot()
    {
        var fires = ShippedBundle.Score(ShippedBundle.Input(("abnormal_listed", true), ("abnormal_months", 24.0)));
        var doesNot = ShippedBundle.Score(ShippedBundle.Input(("abnormal_listed", true), ("abnormal_months", 23.0)));

        Assert.Contains("C-DED-ABNORMAL-LONG", ShippedBundle.Fired(fires));
        Assert.DoesNotContain("C-DED-ABNORMAL-LONG", ShippedBundle.Fired(doesNot));
    }

    [Fact]
    public void Observation_RegisteredUnder24MonthsAgo_FiresAnd24MonthsDoesNot()
    {
        var fires = ShippedBundle.Score(ShippedBundle.Input(("new_business_form", true), ("registration_date", new DateOnly(2024, 11, 28))));
        var doesNot = ShippedBundle.Score(ShippedBundle.Input(("new_business_form", true), ("registration_date", new DateOnly(2024, 11, 27))));

        Assert.Contains("R-OBSERVATION", ShippedBundle.Fired(fires));
        Assert.Equal("observation", fires.Regime);
        Assert.DoesNotContain("R-OBSERVATION", ShippedBundle.Fired(doesNot));
    }

    [Theory]
    [InlineData(90.0, "蓝", "SL-BLUE")]
    [InlineData(87.0, "黄", "SL-YELLOW")]
    [InlineData(75.0, "黄", "SL-YELLOW")]
    [InlineData(72.0, "橙", "SL-ORANGE")]
    [InlineData(60.0, "橙", "SL-ORANGE")]
    [InlineData(57.0, "红", "SL-RED")]
    public void SafetyLevel_AtBandEdges_FollowsTable(double expectedScore, string level, string row)
    {
        // Deductions chosen to land exactly on each band edge: −10 hazard, −15 hidden, −20 LEC, −5 impact, −3 training.
        var deductions = expectedScore switch
        {
            90.0 => new (string, object)[] { ("major_hazard_sources", 1.0) },
            87.0 => [("major_hazard_sources", 1.0), ("safety_training_rate", 0.8)],
            75.0 => [("major_hazard_sources", 1.0), ("major_hidden_hazards_open", 1.0)],
            72.0 => [("major_hazard_sources", 1.0), ("major_hidden_hazards_open", 1.0), ("safety_training_rate", 0.8)],
            60.0 => [("lec_max", 400.0), ("major_hidden_hazards_open", 1.0), ("impact_incidents_3y", 1.0)],
            _ => [("lec_max", 400.0), ("major_hidden_hazards_open", 1.0), ("impact_incidents_3y", 1.0), ("safety_training_rate", 0.8)],
        };

        var outcome = ShippedBundle.Score(ShippedBundle.Input([("emergency_drills_12m", 1.0), .. deductions]));

        Assert.Equal(expectedScore, outcome.SafetyScore);
        Assert.Equal(level, outcome.SafetyLevel);
        Assert.Contains(row, ShippedBundle.Fired(outcome));
    }

    [Fact]
    public void Blacklisted_GoesToTopCategoryAtFullRatio()
    {
        var outcome = ShippedBundle.Score(ShippedBundle.Input(("blacklisted", true)));

        Assert.Equal("D", outcome.CreditClass);
        Assert.Equal("I", outcome.Category);
        Assert.Equal(1.0, outcome.Ratio);
        Assert.Equal("blacklist", outcome.Regime);
    }

    [Fact]
    public void DirectToRed_OverridesAHighScore()
    {
        var outcome = ShippedBundle.Score(ShippedBundle.Input(("untested_new_process", true), ("standardization_level", 1.0)));

        Assert.Equal(100, outcome.SafetyScore);
        Assert.Equal("红", outcome.SafetyLevel);
        Assert.Equal("I", outcome.Category);
        Assert.Equal(0.3, outcome.Ratio);
    }

    [Fact]
    public void MissingValueWithoutDefault_IsAnEvaluationErrorNotFalse()
    {
        var input = ShippedBundle.Input(("safety_training_rate", double.NaN));

        var direct = ShippedBundle.Score(input, EngineMode.Direct);
        var memoized = ShippedBundle.Score(input, EngineMode.Memoized);

        Assert.NotNull(direct.Error);
        Assert.Contains("safety_training_rate", direct.Error, StringComparison.Ordinal);
        Assert.Contains("S-DED-TRAINING", direct.Error, StringComparison.Ordinal);
        Assert.Equal(direct.Error, memoized.Error);
    }
}
