using Supervision.Application.Draws;
using Supervision.Application.Scoring;
using Supervision.Draws.Drawing;
using Supervision.Draws.Plans;
using Supervision.Model.Registry;
using Supervision.Rules.Bundle;
using Supervision.Rules.Diagnostics;
using Supervision.Tests.Draws;
using Supervision.Tests.Support;

namespace Supervision.Tests.Approvals;

/// <summary>
/// 审管联动: an approval-verification plan draws the enterprises whose approvals its department granted in the intake, all
/// of them where the rules say so and the others at the plan's share, each window inside every approval's deadline.
/// </summary>
public sealed class ApprovalVerificationDrawTests
{
    private const string Market = "市场监管局";
    private static readonly ApprovalVerification Verification = new(5, 20, 0.3m, ["特种设备使用登记"], ["I"]);

    private static InspectionPlan Plan(ApprovalVerification? verification = null)
        => DrawWorld.Plan("HC", from: "2026-11-01", to: "2026-12-31") with { Approvals = verification ?? Verification };

    private static Approval Approval(int i, DateOnly granted, string matter = "第二类医疗器械经营备案", string department = Market,
        DateOnly? verifiedOn = null)
        => new($"营自贸审承〔2026〕{i:D9}号", TestUsccOf(i), ApprovalKind.Commitment, matter, department, granted, ["申请人符合许可条件"], verifiedOn,
            verifiedOn is null ? null : true);

    private static string TestUsccOf(int i) => Import.TestUscc.Valid(i);

    /// <summary>200 enterprises; every third has a pending approval granted between 2026-11-16 and the draw date, every fifth of those for special equipment.</summary>
    private static List<DrawCandidate> Candidates()
        => DrawWorld.Candidates(200, (i, c) => i % 3 != 0
            ? c
            : c with { PendingApprovals = [Approval(i, new DateOnly(2026, 11, 16).AddDays(i % 12), i % 5 == 0 ? "特种设备使用登记" : "第二类医疗器械经营备案")] });

    [Fact]
    public void Draw_ApprovalsOfTheIntake_AreDrawnInFullOrAtTheShareWithWindowsBeforeTheirDeadlines()
    {
        var candidates = Candidates();
        var calendar = DrawWorld.Calendar;
        var intakeAfter = calendar.SubtractWorkingDays(DrawWorld.AsOf, 5);

        var result = DrawWorld.Run(Plan(), candidates, DrawWorld.Inspectors(40));

        var record = result.Record;
        var inIntake = candidates.Where(c => c.PendingApprovals.Any(a => a.GrantedOn > intakeAfter)).ToDictionary(c => c.Uscc);
        Assert.True(inIntake.Count > 20, $"{inIntake.Count} enterprises in the intake");
        Assert.Equal(inIntake.Keys.Order(StringComparer.Ordinal), result.Population.Select(e => e.Uscc).Order(StringComparer.Ordinal));

        // Full: special equipment, category I and the blacklist; the rest at 30 %.
        var full = inIntake.Values.Where(c => c.Regime != "blacklist"
            && (c.PendingApprovals.Any(a => a.Matter == "特种设备使用登记") || c.Category == "I")).Select(c => c.Uscc).ToHashSet();
        Assert.NotEmpty(full);
        var pools = record.Outcome.Pools.ToDictionary(p => p.Pool);
        Assert.Equal(full.Count, pools[ApprovalVerification.FullPool].Drawn);
        Assert.Equal(full.Order(StringComparer.Ordinal), pools[ApprovalVerification.FullPool].Selected.Select(s => s.Uscc).Order(StringComparer.Ordinal));
        var sample = pools[ApprovalVerification.SamplePool];
        Assert.Equal((int)Math.Ceiling(0.3m * sample.Eligible), sample.Drawn);
        Assert.Equal(0, pools[Pools.Verification].Drawn);

        // Every window after the draw date and no later than 20 working days after each approval; the period ends at the
        // earliest deadline.
        var deadlines = inIntake.Values.SelectMany(c => c.PendingApprovals).Select(a => calendar.AddWorkingDays(a.GrantedOn, 20)).ToList();
        Assert.Equal(deadlines.Min(), record.Plans[0].PeriodTo);
        Assert.Equal(DrawWorld.AsOf, record.Plans[0].PeriodFrom);
        Assert.NotEmpty(record.Outcome.Tasks);
        Assert.All(record.Outcome.Tasks, t =>
        {
            Assert.True(t.WindowFrom > DrawWorld.AsOf, $"{t.TaskId} starts {t.WindowFrom}");
            Assert.All(inIntake[t.Uscc].PendingApprovals, a => Assert.True(
                t.WindowFrom >= a.GrantedOn && t.WindowTo <= calendar.AddWorkingDays(a.GrantedOn, 20), $"{t.TaskId} {t.WindowFrom}..{t.WindowTo} for {a.GrantedOn}"));
        });
        Assert.Empty(DrawVerifier.Verify(record, result.PopulationSnapshot));
    }

    [Fact]
    public void Freeze_NotPendingNotInTheIntakeOrOfAnotherDepartment_IsNotInThePlan()
    {
        DrawCandidate[] candidates =
        [
            .. DrawWorld.Candidates(5, (i, c) => c with
            {
                PendingApprovals = i switch
                {
                    0 => [Approval(i, new DateOnly(2026, 11, 26))],
                    1 => [Approval(i, new DateOnly(2026, 11, 26), department: "应急管理局")],
                    2 => [Approval(i, new DateOnly(2026, 11, 20))],                // before the five working days of the intake
                    3 => [Approval(i, new DateOnly(2026, 11, 28))],                // after the draw date
                    _ => [],
                },
            }),
        ];

        var (entries, exclusions, _, _, _) = ApprovalEligibility.Freeze(Plan(), RegimeEffects.Standard, candidates, DrawWorld.Calendar, DrawWorld.AsOf);

        Assert.Equal([candidates[0].Uscc], entries.Select(e => e.Uscc));
        Assert.Empty(exclusions);
        Assert.Contains("granted 2026-11-26, verify by 2026-12-24", entries[0].Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Freeze_BlacklistTriggerFailedAssessmentAndRevoked_HaveTheirPoolOrReason()
    {
        var granted = new DateOnly(2026, 11, 25);
        var candidates = DrawWorld.Candidates(4, (i, c) => (i switch
        {
            0 => c with { Regime = "blacklist", Category = "I" },
            1 => c with { Triggers = [new TriggerRecord(c.Uscc, new DateOnly(2026, 11, 20), "complaint", "12315-7")] },
            2 => c with { AssessmentError = "missing safety indicator", Category = "" },
            _ => c with { Status = OperatingStatus.Revoked },
        }) with { PendingApprovals = [Approval(i, granted)] });

        var (entries, exclusions, rules, _, _) = ApprovalEligibility.Freeze(Plan(), RegimeEffects.Standard, candidates, DrawWorld.Calendar, DrawWorld.AsOf);

        Assert.Equal(["blacklist", Pools.Triggered, ApprovalVerification.SamplePool, ApprovalVerification.FullPool], rules.Select(r => r.Pool));
        Assert.Equal([1m, 1m, 0.3m, 1m], rules.Select(r => r.Ratio));
        Assert.Equal(["blacklist", Pools.Triggered, ApprovalVerification.FullPool], entries.Select(e => e.Pool));
        Assert.Contains("complaint 12315-7 of 2026-11-20", entries[1].Note, StringComparison.Ordinal);
        Assert.Contains("assessment failed", entries[2].Note, StringComparison.Ordinal);
        var revoked = Assert.Single(exclusions);
        Assert.Equal((candidates[3].Uscc, "not operating (revoked)"), (revoked.Uscc, revoked.Reason));
    }

    [Fact]
    public void Freeze_ApprovalWhoseDeadlineIsBeforeTheFirstWindowDay_IsExcludedWithItsDeadline()
    {
        // A plan the loader would refuse (SV219): a thirty-day intake with five days to verify.
        var plan = Plan(Verification with { IntakeWorkingDays = 30, VerifyWithinWorkingDays = 5 });
        var candidates = DrawWorld.Candidates(2, (i, c) => c with { PendingApprovals = [Approval(i, i == 0 ? new DateOnly(2026, 11, 2) : new DateOnly(2026, 11, 26))] });

        var (entries, exclusions, _, _, periodTo) = ApprovalEligibility.Freeze(plan, RegimeEffects.Standard, candidates, DrawWorld.Calendar, DrawWorld.AsOf);

        Assert.Equal([candidates[1].Uscc], entries.Select(e => e.Uscc));
        var late = Assert.Single(exclusions);
        Assert.Equal(candidates[0].Uscc, late.Uscc);
        Assert.Contains("verification deadline before the first window day", late.Reason, StringComparison.Ordinal);
        Assert.Contains("verify by 2026-11-09", late.Reason, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 12, 3), periodTo);
    }

    [Fact]
    public void Draw_DataSamples_DrawsCommitmentApprovalsForVerificationWithinTheirWindow()
    {
        var calendarFile = Path.Combine(RepoPaths.Rules, "calendar", "cn-working-days.csv");
        var diagnostics = new DiagnosticBag();

        var (result, _) = DrawOnce.Run(ShippedBundle.Bundle, [Path.Combine(RepoPaths.Rules, "plans", "2026-12-shenguan-approvals.yaml")],
            RepoPaths.DataSamples, calendarFile, DrawWorld.AsOf, DrawWorld.Seed, diagnostics);

        Assert.Empty(diagnostics.Items);
        var approvals = new ScorePopulation(ShippedBundle.Bundle).Load(RepoPaths.DataSamples).Approvals;
        var calendar = DrawWorld.Calendar;
        var intakeAfter = calendar.SubtractWorkingDays(DrawWorld.AsOf, 5);
        var intake = approvals.SelectMany(g => g)
            .Where(a => a.Department == Market && a.GrantedOn > intakeAfter && a.GrantedOn <= DrawWorld.AsOf && a.VerifiedOn is null).ToList();
        Assert.Contains(intake, a => a.Kind == ApprovalKind.Commitment);
        var tasks = result!.Record.Outcome.Tasks;
        Assert.Contains(tasks, t => approvals[t.Uscc].Any(a => a.Kind == ApprovalKind.Commitment && intake.Contains(a)));
        Assert.All(intake.Where(a => a.Matter == "特种设备使用登记"), a => Assert.Contains(tasks, t => t.Uscc == a.Uscc));
        Assert.All(tasks, t => Assert.All(intake.Where(a => a.Uscc == t.Uscc), a =>
            Assert.True(t.WindowFrom > DrawWorld.AsOf && t.WindowTo <= calendar.AddWorkingDays(a.GrantedOn, 20), $"{t.TaskId}: {t.WindowFrom}..{t.WindowTo}, {a.ApprovalNo} {a.GrantedOn}")));
        Assert.Empty(DrawVerifier.Verify(result.Record, result.PopulationSnapshot));
    }
}
