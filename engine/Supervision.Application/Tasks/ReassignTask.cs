using System.Globalization;
using System.Text.Json;
using Supervision.Draws.Drawing;
using Supervision.Draws.Record;
using Supervision.Storage.Tasks;

namespace Supervision.Application.Tasks;

/// <summary>
/// 重新指派: a regulator fills the place of an inspector who withdrew from a task (回避申请) with the draw's own team
/// rules (<see cref="Reassignment"/>, docs/draw-algorithm.md §7b) — the regulator asks, the rule chooses, the audit log
/// keeps the walk, and anyone holding the record can recompute the choice.
/// </summary>
/// <remarks>Thread-safe. The draw's record is read once per request (it holds the seed, the plans and the inspectors as drawn).</remarks>
public sealed class ReassignTask(ReassignmentStore store)
{
    /// <summary>Fills <paramref name="withdrawn"/>'s place on task <paramref name="taskNo"/> at regulator <paramref name="userName"/>'s request.</summary>
    public Task<ReassignmentOutcome> RunAsync(long taskNo, string withdrawn, string userName, CancellationToken cancellationToken = default)
        => store.ReassignAsync(taskNo, withdrawn, userName, Decide, cancellationToken);

    /// <summary>The decision for <paramref name="context"/> under the draw's team rules.</summary>
    public static ReassignmentDecision Decide(ReassignmentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var record = RecordJson.Parse(context.Record);
        var task = record.Outcome.Tasks.Single(t => t.TaskId == context.TaskId);
        var plan = record.Plans.Single(p => p.Id == task.PlanId);
        var request = new ReassignmentRequest(plan, record.Inspectors, task, context.Withdrawn, context.Slot, context.Team, context.Withdrawals, context.Load);
        var choice = Reassignment.Choose(request, new Lottery(record.Seed));
        var counts = choice.Counts;
        var walk = JsonSerializer.SerializeToElement(new
        {
            rule = "supervision-draw/v1 §7b",
            start = Reassignment.StartMessage(request),
            ring = choice.RingSize,
            team = context.Team,
            passed_over = new
            {
                withdrawn = counts.Withdrawn,
                expired = counts.Expired,
                conflict = counts.Conflict,
                previous = counts.Previous,
                busy = counts.Busy,
                uncertified = counts.Uncertified,
            },
        });
        var explanation = choice.InspectorId is { } chosen
            ? string.Create(CultureInfo.InvariantCulture,
                $"第 {context.Slot} 位{(context.Slot == 1 ? "（主检）" : "")}空缺：按该次抽取的检查组规则，在{task.Department} {choice.RingSize} 名检查人员的随机环上从抽取种子确定的起点依次查找，选中 {chosen}"
                + $"（跳过已申请回避 {counts.Withdrawn}、证件到期 {counts.Expired}、利害关系 {counts.Conflict}、上次检查 {counts.Previous}、工作量已满 {counts.Busy}、主检资格不符 {counts.Uncertified} 名）")
            : "无符合规则的检查人员可以指派：" + Reassignment.Explain(choice, request) + "。请补充执法检查人员名录后重试。";
        return new ReassignmentDecision(choice.InspectorId, walk, explanation);
    }
}
