using Supervision.Draws.Drawing;
using Supervision.Draws.Record;
using Supervision.Tests.Import;

namespace Supervision.Tests.Draws;

/// <summary>
/// Filling a withdrawn inspector's place with the draw's team rules (docs/draw-algorithm.md §7b): recomputed here from the
/// specification (ring by lottery number, start from the reassign lottery, first acceptable), never chosen, and never
/// someone the rules of §7 refuse.
/// </summary>
public sealed class ReassignmentTests
{
    [Fact]
    public void Choice_IsTheFirstAcceptableInspector_OnTheRing_FromTheSpecifiedStart()
    {
        var (record, task) = Drawn(inspectors: 12);
        var request = RequestFor(record, task, withdrawn: task.Team[0]);
        var lottery = new Lottery(record.Seed);

        var choice = Reassignment.Choose(request, lottery);

        // The specification, written out again: the department's ring in lottery order, the start, the first one not on the team.
        var ring = record.Inspectors.Where(i => i.Department == task.Department)
            .OrderBy(i => lottery.Number("inspector", task.PlanId, i.Id), StringComparer.Ordinal).ThenBy(i => i.Id, StringComparer.Ordinal).ToList();
        var start = (int)(lottery.Integer("reassign", task.PlanId, task.Department, task.Uscc, task.Team[0]) % (ulong)ring.Count);
        var expected = Enumerable.Range(0, ring.Count).Select(j => ring[(start + j) % ring.Count].Id).First(id => !task.Team.Contains(id));
        Assert.Equal(expected, choice.InspectorId);
        Assert.Equal(12, choice.RingSize);
        Assert.Equal(choice, Reassignment.Choose(request, new Lottery(record.Seed)));
    }

    [Fact]
    public void Choice_NeverTakesSomeoneTheTeamRulesRefuse_AndCountsThem()
    {
        var (record, task) = Drawn(inspectors: 8);
        var withdrawn = task.Team[0];
        var free = record.Inspectors.Select(i => i.Id).Where(id => !task.Team.Contains(id)).ToList();
        var keep = free[^1];

        // Everyone but `keep` is refused for one reason or another: expired, conflicted, last time's, busy, withdrew before.
        var reasons = new Queue<string>(["expired", "conflict", "previous", "busy", "withdrawn"]);
        var byId = free.Take(free.Count - 1).ToDictionary(id => id, _ => { var r = reasons.Dequeue(); reasons.Enqueue(r); return r; });
        var inspectors = record.Inspectors.Select(i => byId.GetValueOrDefault(i.Id) switch
        {
            "expired" => i with { CertificateValidTo = task.WindowTo.AddDays(-1) },
            "conflict" => i with { Conflicts = [task.Uscc] },
            _ => i,
        }).ToList();
        var last = byId.Where(p => p.Value == "previous").Select(p => p.Key).ToList();
        var load = byId.Where(p => p.Value == "busy").ToDictionary(p => p.Key, _ => 50);
        var withdrawals = byId.Where(p => p.Value == "withdrawn").Select(p => p.Key).Append(withdrawn).ToHashSet();
        var plan = record.Plans.Single();
        var request = new ReassignmentRequest(plan, inspectors, task with { LastInspectors = last }, withdrawn, 1,
            [.. task.Team.Where(id => id != withdrawn)], withdrawals, load);

        var choice = Reassignment.Choose(request, new Lottery(record.Seed));

        Assert.Equal(keep, choice.InspectorId);
        var c = choice.Counts;
        Assert.True(c.Expired + c.Conflict + c.Previous + c.Busy + c.Withdrawn <= byId.Count);
        Assert.All(byId.Keys, id => Assert.NotEqual(id, choice.InspectorId));
    }

    [Fact]
    public void NobodyAcceptable_ChoosesNobody_AndSaysWhyInCounts()
    {
        var (record, task) = Drawn(inspectors: 5);
        var withdrawn = task.Team[0];
        var load = record.Inspectors.ToDictionary(i => i.Id, _ => record.Plans.Single().MaxTasksPerInspector);
        var request = RequestFor(record, task, withdrawn) with { Load = load };

        var choice = Reassignment.Choose(request, new Lottery(record.Seed));
        var why = Reassignment.Explain(choice, request);

        Assert.Null(choice.InspectorId);
        Assert.Equal(3, choice.Counts.Busy);
        Assert.Contains("共 5 名检查人员", why, StringComparison.Ordinal);
        Assert.Contains("已达 50 项任务上限 3 名", why, StringComparison.Ordinal);
    }

    [Fact]
    public void TheLeadsPlace_NeedsTheLeadCertifications_AnotherPlaceDoesNot()
    {
        var (record, task) = Drawn(inspectors: 10, leadCertifications: ["危险化学品"]);
        var certified = record.Inspectors.Where(i => i.Certifications.Contains("危险化学品")).Select(i => i.Id).ToHashSet();
        var withdrawn = task.Team[0];

        var lead = Reassignment.Choose(RequestFor(record, task, withdrawn) with { Slot = 1 }, new Lottery(record.Seed));
        var others = Enumerable.Range(0, 40).Select(n => Reassignment.Choose(RequestFor(record, task, withdrawn) with
            { Slot = 2, Withdrawn = withdrawn, Task = task with { Uscc = TestUscc.Valid(900 + n) } }, new Lottery(record.Seed)).InspectorId).ToList();

        Assert.Contains(lead.InspectorId!, certified);
        Assert.Contains(others, id => !certified.Contains(id!));
    }

    [Fact]
    public void AnotherWithdrawnInspector_StartsElsewhere_SoAChainOfRecusalsDoesNotRepeat()
    {
        var (record, task) = Drawn(inspectors: 30);
        var lottery = new Lottery(record.Seed);
        var first = RequestFor(record, task, task.Team[0]);
        var replacement = Reassignment.Choose(first, lottery).InspectorId!;

        var second = Reassignment.Choose(first with
        {
            Withdrawn = replacement,
            Withdrawals = new HashSet<string>([task.Team[0], replacement]),
        }, lottery).InspectorId;

        Assert.NotNull(second);
        Assert.NotEqual(replacement, second);
        Assert.NotEqual(task.Team[0], second);
    }

    private static (DrawRecord Record, TaskRecord Task) Drawn(int inspectors, IReadOnlyList<string>? leadCertifications = null)
    {
        var draw = DrawWorld.Run(DrawWorld.Plan(leadCertifications: leadCertifications), DrawWorld.Candidates(60),
            DrawWorld.Inspectors(inspectors, tweak: (i, x) => i % 2 == 0 ? x with { Certifications = ["危险化学品"] } : x));
        return (draw.Record, draw.Record.Outcome.Tasks.First(t => t.Team.Count == 2));
    }

    private static ReassignmentRequest RequestFor(DrawRecord record, TaskRecord task, string withdrawn)
        => new(record.Plans.Single(), record.Inspectors, task, withdrawn, task.Team.ToList().IndexOf(withdrawn) + 1,
            [.. task.Team.Where(id => id != withdrawn)], new HashSet<string>([withdrawn]), new Dictionary<string, int>());
}
