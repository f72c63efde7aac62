using System.Security.Cryptography;
using System.Text;
using Supervision.Draws.Drawing;
using Supervision.Draws.Record;

namespace Supervision.Tests.Draws;

/// <summary>Laws every draw obeys, checked over many seeds and populations.</summary>
public sealed class DrawPropertyTests
{
    public static TheoryData<int> Seeds => [.. Enumerable.Range(0, 12)];

    private static string SeedOf(int i) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("seed" + i)));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Draw_SameInputs_GiveTheSameRecord(int i)
    {
        var plan = DrawWorld.Plan();
        var first = DrawWorld.Run(plan, DrawWorld.Candidates(300 + i), DrawWorld.Inspectors(12), SeedOf(i));
        var second = DrawWorld.Run(plan, DrawWorld.Candidates(300 + i), DrawWorld.Inspectors(12), SeedOf(i));

        Assert.Equal(RecordJson.Serialize(first.Record), RecordJson.Serialize(second.Record));
        Assert.Equal(first.PopulationSnapshot, second.PopulationSnapshot);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Draw_EveryPool_DrawsExactlyItsCount(int i)
    {
        var plan = DrawWorld.Plan();
        var result = DrawWorld.Run(plan, DrawWorld.Candidates(200 + (37 * i)), DrawWorld.Inspectors(12), SeedOf(i));

        foreach (var pool in result.Record.Outcome.Pools.Where(p => p.Pool != Pools.Verification))
        {
            var rule = result.Record.Plans[0].Pools.Single(r => r.Pool == pool.Pool);
            var expected = pool.Eligible == 0 ? 0 : Math.Min(pool.Eligible, Math.Max(rule.MinCount, (int)Math.Ceiling(rule.Ratio * pool.Eligible)));
            Assert.Equal(expected, pool.Drawn);
            Assert.Equal(expected, pool.Selected.Count);
            Assert.Equal(pool.Selected.Select(s => s.Lottery).Order(StringComparer.Ordinal), pool.Selected.Select(s => s.Lottery));
        }

        var verification = result.Record.Outcome.Pools.Single(p => p.Pool == Pools.Verification);
        Assert.True(verification.Eligible == 0 || verification.Drawn >= 1);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Draw_Teams_HaveAtLeastTwoValidUnconflictedInspectorsWithinTheWorkloadCeiling(int i)
    {
        var plan = DrawWorld.Plan(maxTasks: 6);
        var candidates = DrawWorld.Candidates(400, (n, c) => n % 5 == 0 ? c with { LastInspectors = ["X001", "X002"] } : c);
        var inspectors = DrawWorld.Inspectors(10, tweak: (n, x) => n switch
        {
            3 => x with { Conflicts = [.. candidates.Where((_, k) => k % 3 == 0).Select(c => c.Uscc)] },
            4 => x with { CertificateValidTo = new DateOnly(2026, 12, 10) },
            _ => x,
        });

        var result = DrawWorld.Run(plan, candidates, inspectors, SeedOf(i));

        var byId = inspectors.ToDictionary(x => x.InspectorId);
        var byUscc = candidates.ToDictionary(c => c.Uscc);
        foreach (var task in result.Record.Outcome.Tasks)
        {
            if (task.UnassignedReason is not null)
            {
                Assert.Empty(task.Team);
                continue;
            }

            Assert.True(task.Team.Count >= 2);
            Assert.Equal(task.Team.Count, task.Team.Distinct().Count());
            foreach (var member in task.Team.Select(id => byId[id]))
            {
                Assert.DoesNotContain(task.Uscc, member.Conflicts);
                Assert.DoesNotContain(member.InspectorId, byUscc[task.Uscc].LastInspectors);
                Assert.True(member.CertificateValidTo >= task.WindowTo);
            }
        }

        var load = result.Record.Outcome.Tasks.SelectMany(t => t.Team).GroupBy(id => id).Max(g => g.Count());
        Assert.True(load <= 6);
    }

    [Fact]
    public void Draw_TooFewUnconflictedInspectors_LeavesTheTaskUnassignedWithTheReason()
    {
        var candidates = DrawWorld.Candidates(20);
        var conflicted = candidates.Select(c => c.Uscc).ToList();
        var inspectors = DrawWorld.Inspectors(3, tweak: (n, x) => n <= 2 ? x with { Conflicts = conflicted } : x);

        var result = DrawWorld.Run(DrawWorld.Plan(), candidates, inspectors);

        Assert.NotEmpty(result.Record.Outcome.Tasks);
        Assert.All(result.Record.Outcome.Tasks, t =>
        {
            Assert.Empty(t.Team);
            Assert.Contains("only 1 of 3 inspectors", t.UnassignedReason, StringComparison.Ordinal);
            Assert.Contains("2 declared a conflict", t.UnassignedReason, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Eligibility_AnnualCapReached_ExcludesRoutineButNotBlacklistOrTriggered()
    {
        var busy = new Dictionary<string, int> { ["市场监管局"] = 2 };
        var candidates = DrawWorld.Candidates(200, (n, c) => n < 100 ? c with { InspectionsThisYear = busy } : c);
        candidates[10] = candidates[10] with { Triggers = [new TriggerRecord(candidates[10].Uscc, DrawWorld.AsOf.AddDays(-3), "complaint", "12315-001")] };

        var result = DrawWorld.Run(DrawWorld.Plan(), candidates, DrawWorld.Inspectors(12));

        var capped = candidates.Take(100).Where(c => c.Regime == "routine" && c.Uscc != candidates[10].Uscc).Select(c => c.Uscc).ToHashSet();
        Assert.DoesNotContain(result.Population, e => capped.Contains(e.Uscc));
        Assert.All(capped, u => Assert.Contains(result.Exclusions, x => x.Uscc == u && x.Reason.StartsWith("annual cap", StringComparison.Ordinal)));
        var triggered = Assert.Single(result.Population, e => e.Pool == Pools.Triggered);
        Assert.Contains("above the annual cap", triggered.Note, StringComparison.Ordinal);
        Assert.Contains(result.Population, e => e.Pool == "blacklist" && candidates.Take(100).Any(c => c.Uscc == e.Uscc));
    }

    [Fact]
    public void Draw_ChangingOneEnterprisesCategory_ChangesOnlyThePoolsItLeavesAndJoins()
    {
        var plan = DrawWorld.Plan();
        var before = DrawWorld.Run(plan, DrawWorld.Candidates(500), DrawWorld.Inspectors(20));
        var moved = DrawWorld.Candidates(500, (n, c) => n == 2 ? c with { Category = "III", Ratio = 0.05m } : c); // II → III

        var after = DrawWorld.Run(plan, moved, DrawWorld.Inspectors(20));

        string Pool(DrawResult r, string name) => string.Join(',', r.Record.Outcome.Pools.Single(p => p.Pool == name).Selected.Select(s => s.Uscc));
        Assert.Equal(Pool(before, "I"), Pool(after, "I"));
        Assert.Equal(Pool(before, "IV"), Pool(after, "IV"));
        Assert.Equal(Pool(before, "blacklist"), Pool(after, "blacklist"));
        var lotteryBefore = before.Record.Outcome.Pools.SelectMany(p => p.Selected).Where(s => s.Uscc != moved[2].Uscc).ToDictionary(s => s.Uscc + "|" + s.Lottery);
        Assert.All(after.Record.Outcome.Pools.Where(p => p.Pool is "I" or "IV").SelectMany(p => p.Selected), s => Assert.Contains(s.Uscc + "|" + s.Lottery, lotteryBefore.Keys));
    }

    [Fact]
    public void Verify_TamperedRecordOrSnapshot_IsDetected()
    {
        var result = DrawWorld.Run(DrawWorld.Plan(), DrawWorld.Candidates(300), DrawWorld.Inspectors(12));
        Assert.Empty(DrawVerifier.Verify(result.Record, result.PopulationSnapshot));

        var tasks = result.Record.Outcome.Tasks.ToList();
        tasks[0] = tasks[0] with { Team = [.. tasks[0].Team.Reverse()] };
        var tampered = result.Record with { Outcome = result.Record.Outcome with { Tasks = tasks } };
        Assert.NotEmpty(DrawVerifier.Verify(tampered, result.PopulationSnapshot));

        var snapshot = Encoding.UTF8.GetString(result.PopulationSnapshot).Replace(",IV,", ",III,", StringComparison.Ordinal);
        var problems = DrawVerifier.Verify(result.Record, Encoding.UTF8.GetBytes(snapshot));
        Assert.Contains(problems, p => p.StartsWith("population snapshot", StringComparison.Ordinal));
    }

    [Fact]
    public void Visits_PublicationDue_IsTwentyWorkingDaysAfterTheWindowOrUnknownBeyondTheCalendar()
    {
        var september = DrawWorld.Run(DrawWorld.Plan(from: "2026-09-14", to: "2026-09-30"), DrawWorld.Candidates(200), DrawWorld.Inspectors(12),
            asOf: new DateOnly(2026, 9, 1));
        var december = DrawWorld.Run(DrawWorld.Plan(), DrawWorld.Candidates(200), DrawWorld.Inspectors(12));

        Assert.All(september.Record.Outcome.Visits, v => Assert.Equal(DrawWorld.Calendar.AddWorkingDays(v.WindowTo, 20), v.PublicationDue));
        Assert.All(september.Record.Outcome.Tasks, t => Assert.True(t.WindowTo <= new DateOnly(2026, 9, 30) && t.WindowFrom >= new DateOnly(2026, 9, 14)));
        Assert.All(december.Record.Outcome.Visits, v => Assert.Null(v.PublicationDue));
    }

    [Fact]
    public void Teams_LeadCertification_IsHeldByEveryTeamsFirstMember()
    {
        var inspectors = DrawWorld.Inspectors(12, tweak: (n, x) => n % 3 == 0 ? x with { Certifications = ["危险化学品"] } : x);

        var result = DrawWorld.Run(DrawWorld.Plan(leadCertifications: ["危险化学品"]), DrawWorld.Candidates(300), inspectors);

        var certified = inspectors.Where(x => x.Certifications.Contains("危险化学品")).Select(x => x.InspectorId).ToHashSet();
        var staffed = result.Record.Outcome.Tasks.Where(t => t.UnassignedReason is null).ToList();
        Assert.NotEmpty(staffed);
        Assert.All(staffed, t => Assert.Contains(t.Team[0], certified));
        Assert.Contains(staffed, t => !certified.Contains(t.Team[1]));
    }

    [Fact]
    public void Teams_NoCertifiedLeadLeft_LeavesTheTaskUnassignedAndSaysWhy()
    {
        var result = DrawWorld.Run(DrawWorld.Plan(leadCertifications: ["特种设备"]), DrawWorld.Candidates(50), DrawWorld.Inspectors(6));

        Assert.All(result.Record.Outcome.Tasks, t => Assert.Contains("lead must be certified for 特种设备", t.UnassignedReason, StringComparison.Ordinal));
    }
}
