using Supervision.Application.Alerts;
using Supervision.Application.Scoring;
using Supervision.Model.Registry;
using Supervision.Rules.Alerts;
using Supervision.Rules.Scoring;
using Supervision.Tests.Support;

namespace Supervision.Tests.Alerts;

/// <summary>
/// The night's early warning: what counts as new, which alerts become case leads, a rule that cannot be evaluated for one
/// enterprise, and data-samples a year later, when escalated abnormal listings make enterprises category I.
/// </summary>
public sealed class NightAlertTests
{
    private static readonly DateOnly Night = new(2026, 11, 27);
    private static readonly DateOnly YearLater = new(2027, 11, 27);
    private const string Uscc = "91210800MA0TEST001";

    [Fact]
    public void Signals_NewMeansAfterThePreviousNight_ComplaintsCountInTheirWindows_FutureRecordsIgnored()
    {
        var previous = new PreviousStanding(new DateOnly(2026, 11, 20), "III", 90, 95);
        InspectionRecord[] inspections = [Visit(new(2026, 11, 20), true), Visit(new(2026, 11, 21), true), Visit(new(2026, 11, 22), false), Visit(new(2026, 11, 28), true)];
        CreditRecord[] credit = [Penalty(new(2026, 11, 20), 500_000), Penalty(new(2026, 11, 25), 120_000), Penalty(new(2026, 11, 26), 50_000)];
        Complaint[] complaints =
        [
            Complaint("a", Night.AddDays(-90), true), Complaint("b", Night.AddDays(-89), true), Complaint("c", Night.AddDays(-30), false),
            Complaint("d", Night.AddDays(-29), false), Complaint("e", Night, true), Complaint("f", Night.AddDays(1), true),
        ];

        var signals = NightSignalsBuilder.Build(previous, inspections, credit, complaints, Night);

        Assert.Equal(previous, signals.Previous);
        Assert.Equal((1, 2, 120_000d), (signals.NewViolations, signals.NewPenalties, signals.NewPenaltyMaxAmount));
        Assert.Equal((2, 4, 2), (signals.Complaints30d, signals.Complaints90d, signals.VerifiedComplaints90d));

        // With no previous assessment, "new" is the last 30 days.
        var first = NightSignalsBuilder.Build(null, inspections, credit, complaints, Night);
        Assert.Equal((2, 3), (first.NewViolations, first.NewPenalties));
        Assert.Same(NightSignals.None, NightSignalsBuilder.Build(null, [], [], [], Night));
    }

    [Theory]
    [InlineData("trigger_only", true)]
    [InlineData("observation", true)]
    [InlineData("routine", false)]
    [InlineData("blacklist", false)]
    [InlineData("dormant", false)]
    public void Watch_AnAlertLeadsOnlyWhereTheRegimeDrawsWhenTriggered(string regime, bool lead)
    {
        var watch = new AlertWatch(ShippedBundle.Bundle);

        var alerts = watch.Evaluate([new AlertSubject(Assessed("IV", regime), new NightSignals(null, 1, 0, 0, 0, 0, 0))], Night);

        var alert = Assert.Single(alerts.Alerts);
        Assert.Equal(("A-NEW-VIOLATION", "serious_violation", "yellow", lead), (alert.RuleId, alert.Kind, alert.Level, alert.Lead));
        Assert.Equal("new_violations=1", alert.Values);
        Assert.Equal("YJ-A-NEW-VIOLATION-20261127", alert.LeadReference);
        Assert.Contains("国发〔2019〕18号", alert.Basis, StringComparison.Ordinal);
    }

    [Fact]
    public void Watch_CategoryRise_ComparesWithThePreviousCategory_AndAFailedAssessmentRaisesNothing()
    {
        var watch = new AlertWatch(ShippedBundle.Bundle);
        var risen = new AlertSubject(Assessed("I", "routine"), new NightSignals(new PreviousStanding(Night.AddDays(-1), "III", 100, 100), 0, 0, 0, 0, 0, 0));
        var failed = new AlertSubject(Assessed("", "routine") with { Outcome = Assessed("I", "routine").Outcome with { Error = "missing value" } },
            new NightSignals(new PreviousStanding(Night.AddDays(-1), "IV", 100, 100), 5, 0, 0, 0, 0, 0));

        var alerts = watch.Evaluate([risen, failed], Night);

        Assert.Equal(["A-CATEGORY-RISE", "A-CATEGORY-TO-I"], alerts.Alerts.Select(a => a.RuleId));
        Assert.Equal("category=I; category_rise=2", alerts.Alerts[1].Values);
        Assert.Empty(alerts.Failures);
    }

    [Fact]
    public void Watch_ARuleReadingAValueTheNightLacks_FailsThatEnterpriseAlone_WithTheRule()
    {
        using var copy = new BundleCopy();
        copy.Append("alerts/warnings.yaml", """
              - id: A-WAS-IV
                title: 上次为IV类
                when: previous_category == "IV" and new_violations >= 1
                alert: serious_violation
                level: yellow
                basis: 测试
            """ + "\n");
        var (bundle, diagnostics) = copy.Compile();
        Assert.NotNull(bundle);
        var watch = new AlertWatch(bundle);
        var withPrevious = new AlertSubject(Assessed("IV", "routine") with { Uscc = "A" }, new NightSignals(new PreviousStanding(Night.AddDays(-1), "IV", 100, 100), 1, 0, 0, 0, 0, 0));
        var withoutPrevious = new AlertSubject(Assessed("IV", "routine") with { Uscc = "B" }, new NightSignals(null, 1, 0, 0, 0, 0, 0));

        var alerts = watch.Evaluate([withPrevious, withoutPrevious], Night);

        Assert.Contains(alerts.Alerts, a => a.Uscc == "A" && a.RuleId == "A-WAS-IV");
        Assert.DoesNotContain(alerts.Alerts, a => a.Uscc == "B");
        var failure = Assert.Single(alerts.Failures);
        Assert.Equal("B", failure.Uscc);
        Assert.Contains("previous_category", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bundle_AnUnknownKindOrLevel_IsRefusedAtItsValue()
    {
        using var copy = new BundleCopy();
        copy.Replace("alerts/warnings.yaml", "    alert: category_rose\n    level: orange", "    alert: category_fell\n    level: purple");

        var (bundle, diagnostics) = copy.Compile();

        Assert.Null(bundle);
        var errors = diagnostics.Where(d => d.Code == "SV094").ToList();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal("alerts/warnings.yaml", e.Location.File));
        Assert.Contains(errors, e => e.Message.Contains("category_fell", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("purple", StringComparison.Ordinal));
    }

    [Fact]
    public void Bundle_AnAlertRuleReadingAnEnterpriseIndicator_IsRefused()
    {
        using var copy = new BundleCopy();
        copy.Replace("alerts/warnings.yaml", "when: complaints_90d >= 3", "when: penalties_12m >= 3");

        var (bundle, diagnostics) = copy.Compile();

        Assert.Null(bundle);
        Assert.Contains(diagnostics, d => d.Location.File == "alerts/warnings.yaml" && d.Message.Contains("penalties_12m", StringComparison.Ordinal));
    }

    [Fact]
    public void AYearLater_EnterprisesThatRoseToCategoryI_AreAlertedRed_WithWhatTheRuleRead()
    {
        var scoring = new ScorePopulation(ShippedBundle.Bundle);
        var population = scoring.Load(RepoPaths.DataSamples);
        var night = scoring.Score(population, Night).ToList();
        var previous = night.ToDictionary(a => a.Uscc, a => new PreviousStanding(Night, a.Outcome.Category, a.Outcome.SafetyScore, a.Outcome.CreditScore));
        var later = scoring.Score(population, YearLater).ToList();

        var alerts = new RaiseAlerts(ShippedBundle.Bundle).Raise(population, later, previous, YearLater);

        var rose = later.Where(a => a.Outcome.Category == "I" && previous[a.Uscc].Category != "I").Select(a => a.Uscc).ToHashSet();
        Assert.NotEmpty(rose);
        var toI = alerts.Alerts.Where(a => a.RuleId == "A-CATEGORY-TO-I").ToList();
        Assert.Equal(rose.Order(), toI.Select(a => a.Uscc).Order());
        Assert.All(toI, a => Assert.Equal("red", a.Level));
        Assert.All(toI, a => Assert.Matches("^category=I; category_rise=[123]$", a.Values));

        // Every category alert is a real rise: the previous category was further down the list.
        var categories = ShippedBundle.Bundle.Bundle.Manifest.Categories.ToList();
        var byUscc = later.ToDictionary(a => a.Uscc);
        Assert.All(alerts.Alerts.Where(a => a.Kind == "category_rose"),
            a => Assert.True(categories.IndexOf(previous[a.Uscc].Category) > categories.IndexOf(byUscc[a.Uscc].Outcome.Category)));
        Assert.Empty(alerts.Failures);
    }

    [Fact]
    public void FirstNight_TheAlertsOfTriggerOnlyEnterprises_BringThemIntoTheGoldenDraw()
    {
        var scoring = new ScorePopulation(ShippedBundle.Bundle);
        var population = scoring.Load(RepoPaths.DataSamples);
        var alerts = new RaiseAlerts(ShippedBundle.Bundle).Raise(population, scoring.Score(population, Night),
            new Dictionary<string, PreviousStanding>(), Night);

        var leads = alerts.Alerts.Where(a => a.Lead).ToList();
        Assert.NotEmpty(leads);
        Assert.All(leads, a => Assert.Contains(a.Regime, new[] { "trigger_only", "observation" }));
        var snapshot = File.ReadAllLines(Path.Combine(RepoPaths.Root, "tests", "Supervision.Tests", "Golden", "draw-2026-11-27", "population.csv"));
        foreach (var lead in leads)
        {
            Assert.Contains(snapshot, line => line.Contains($",triggered,{lead.Uscc},", StringComparison.Ordinal)
                && line.EndsWith($"alert {lead.LeadReference} of 2026-11-27", StringComparison.Ordinal));
        }

        // An alert on an enterprise the routine draws already consider is no case lead.
        var routine = alerts.Alerts.Where(a => !a.Lead).Select(a => a.Uscc).ToHashSet();
        Assert.DoesNotContain(snapshot, line => routine.Any(u => line.Contains(u, StringComparison.Ordinal)) && line.Contains(",alert YJ-", StringComparison.Ordinal));
    }

    private static Assessment Assessed(string category, string regime) => new(
        Uscc, "测试企业", Night, "hash", new Outcome(100, "蓝", 100, "A", category, 0.03, 1, false, regime, [], null), EnterpriseFacets.None);

    private static InspectionRecord Visit(DateOnly date, bool violation) => new($"I{date:MMdd}{violation}", Uscc, date, "市场监管局", ["P1"], violation, []);

    private static CreditRecord Penalty(DateOnly date, decimal amount) => new(Uscc, CreditRecordType.Penalty, date, null, null, amount, $"罚{date:MMdd}", "测试");

    private static Complaint Complaint(string reference, DateOnly date, bool verified) => new(reference, Uscc, date, "12315", "测试", verified);
}
