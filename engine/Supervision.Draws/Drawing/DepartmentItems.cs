using Supervision.Draws.Plans;
using Supervision.Draws.Record;

namespace Supervision.Draws.Drawing;

/// <summary>
/// A department's items under a plan, sorted out once for all of its tasks: every task gets the key items and
/// <c>GeneralItemsPerTask</c> general ones, those with the smallest <c>N("item", plan, uscc, code)</c> (ties by code).
/// </summary>
internal sealed class DepartmentItems
{
    private readonly string _planId;
    private readonly int _perTask;
    private readonly InspectionItem[] _mine;
    private readonly InspectionItem[] _general;

    public DepartmentItems(PlanRecord plan, string department)
    {
        _planId = plan.Id;
        _perTask = Math.Max(0, plan.GeneralItemsPerTask);
        _mine = [.. plan.Items.Where(i => (i.Department ?? plan.Departments[0]) == department)];
        _general = [.. _mine.Where(i => !i.Key)];
    }

    /// <summary>The task's item codes, in plan order.</summary>
    public List<string> For(string uscc, Lottery lottery)
    {
        if (_general.Length <= _perTask)
        {
            // Every general item is drawn, whatever the lottery says.
            return [.. _mine.Select(i => i.Code)];
        }

        var keys = new LotteryKey[_general.Length];
        var order = new int[_general.Length];
        for (var i = 0; i < _general.Length; i++)
        {
            keys[i] = lottery.Key("item", _planId, uscc, _general[i].Code);
            order[i] = i;
        }

        // Lottery keys order as the hex numbers do.
        Array.Sort(order, (a, b) => keys[a].CompareTo(keys[b]) is var c and not 0 ? c : string.CompareOrdinal(_general[a].Code, _general[b].Code));
        var drawn = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < _perTask; i++)
        {
            drawn.Add(_general[order[i]].Code);
        }

        return [.. _mine.Where(i => i.Key || drawn.Contains(i.Code)).Select(i => i.Code)];
    }
}
