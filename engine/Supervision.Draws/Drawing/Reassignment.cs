using System.Globalization;
using Supervision.Draws.Record;

namespace Supervision.Draws.Drawing;

/// <summary>
/// Fills the place of an inspector who withdrew from a task (回避) with the draw's own team rules
/// (docs/draw-algorithm.md §7b): the department's ring of the draw, a walk from a start that the draw's seed, the task
/// and the withdrawn inspector fix, and the refusals of §7 (expired certificate, conflict, last time's inspectors, the
/// workload ceiling against the draw's loads as they stand), the lead's certifications when the lead withdrew. Nobody
/// chooses the replacement, and anyone holding the record and the reassignments can recompute it.
/// </summary>
public static class Reassignment
{
    /// <summary>The lottery's first part for a reassignment's start on the ring.</summary>
    public const string LotteryPart = "reassign";

    /// <summary>The replacement for <paramref name="request"/>'s withdrawn inspector, or why there is none.</summary>
    public static ReassignmentChoice Choose(ReassignmentRequest request, Lottery lottery)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(lottery);
        var (plan, task) = (request.Plan, request.Task);
        InspectorRecord[] ring = [.. request.Inspectors.Where(i => i.Department == task.Department)
            .OrderBy(i => lottery.Number("inspector", plan.Id, i.Id), StringComparer.Ordinal).ThenBy(i => i.Id, StringComparer.Ordinal)];
        var counts = new ReassignmentCounts();
        if (ring.Length == 0)
        {
            return new ReassignmentChoice(null, 0, counts);
        }

        var start = (int)(lottery.Integer(LotteryPart, plan.Id, task.Department, task.Uscc, request.Withdrawn) % (ulong)ring.Length);
        var lead = request.Slot == 1 && plan.LeadCertifications.Count > 0;
        for (var j = 0; j < ring.Length; j++)
        {
            var inspector = ring[(start + j) % ring.Length];
            if (request.Team.Contains(inspector.Id))
            {
                continue;
            }

            if (request.Withdrawals.Contains(inspector.Id))
            {
                counts = counts with { Withdrawn = counts.Withdrawn + 1 };
                continue;
            }

            switch (Teams.Acceptable(inspector, task, task.LastInspectors, request.Load, plan.MaxTasksPerInspector))
            {
                case Refusal.Expired: counts = counts with { Expired = counts.Expired + 1 }; continue;
                case Refusal.Conflict: counts = counts with { Conflict = counts.Conflict + 1 }; continue;
                case Refusal.Previous: counts = counts with { Previous = counts.Previous + 1 }; continue;
                case Refusal.Busy: counts = counts with { Busy = counts.Busy + 1 }; continue;
                default: break;
            }

            if (lead && !plan.LeadCertifications.All(inspector.Certifications.Contains))
            {
                counts = counts with { Uncertified = counts.Uncertified + 1 };
                continue;
            }

            return new ReassignmentChoice(inspector.Id, ring.Length, counts);
        }

        return new ReassignmentChoice(null, ring.Length, counts);
    }

    /// <summary>The start position's lottery message, for the explanation (<see cref="Lottery.Message"/>).</summary>
    public static string StartMessage(ReassignmentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Lottery.Message(LotteryPart, request.Plan.Id, request.Task.Department, request.Task.Uscc, request.Withdrawn);
    }

    /// <summary>Why nobody could take the place, in Chinese for the regulator.</summary>
    public static string Explain(ReassignmentChoice choice, ReassignmentRequest request)
    {
        ArgumentNullException.ThrowIfNull(choice);
        ArgumentNullException.ThrowIfNull(request);
        var c = choice.Counts;
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{request.Task.Department}共 {choice.RingSize} 名检查人员：已在检查组 {request.Team.Count} 名，已申请回避 {c.Withdrawn} 名，证件在 {request.Task.WindowTo:yyyy-MM-dd} 前到期 {c.Expired} 名，"
            + $"与企业有利害关系 {c.Conflict} 名，上次检查过该企业 {c.Previous} 名，已达 {request.Plan.MaxTasksPerInspector} 项任务上限 {c.Busy} 名");
        return request.Slot == 1 && request.Plan.LeadCertifications.Count > 0
            ? text + string.Create(CultureInfo.InvariantCulture, $"，主检须具备{string.Join("、", request.Plan.LeadCertifications)}资格而不具备 {c.Uncertified} 名")
            : text;
    }
}
