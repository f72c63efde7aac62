using System.Globalization;
using System.Text;
using Supervision.Data.Import;
using Supervision.Draws.Drawing;
using Supervision.Draws.Record;

namespace Supervision.Data.Draws;

/// <summary>
/// Writes a draw's files: the record and population snapshot (regulators and auditors), the exclusions and unassigned
/// tasks (regulators), one task list per inspector, and the public notice. Inspector and public files never show a
/// pool, category or credit class.
/// </summary>
public static class DrawOutputs
{
    public const string RecordFile = "draw-record.json";
    public const string PopulationFile = "population.csv";

    /// <summary>Every enterprise not in a pool, with its reason.</summary>
    public const string ExclusionsFile = "exclusions.csv";

    public static void Write(string directory, DrawResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Directory.CreateDirectory(directory);
        WriteFrozen(directory, result.PopulationSnapshot, result.Exclusions);
        WriteDrawn(directory, result.Record);
    }

    /// <summary>What a draw is frozen to before its seed: the population snapshot and the exclusions.</summary>
    public static void WriteFrozen(string directory, byte[] populationSnapshot, IReadOnlyList<Exclusion> exclusions)
    {
        ArgumentNullException.ThrowIfNull(exclusions);
        Directory.CreateDirectory(directory);
        File.WriteAllBytes(Path.Combine(directory, PopulationFile), populationSnapshot);
        SafeCsvWriter.Write(Path.Combine(directory, ExclusionsFile), ["plan_id", "uscc", "reason", "desk_review"],
            exclusions.Select(e => (IReadOnlyList<string?>)[e.PlanId, e.Uscc, e.Reason, e.DeskReview ? "true" : "false"]));
    }

    /// <summary>What the seed decides: the record, the unassigned tasks, the inspectors' task lists and the public notice.</summary>
    public static void WriteDrawn(string directory, DrawRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, RecordFile), RecordJson.Serialize(record) + "\n", new UTF8Encoding(false));
        SafeCsvWriter.Write(Path.Combine(directory, "unassigned.csv"), ["task_id", "uscc", "name", "department", "reason"],
            record.Outcome.Tasks.Where(t => t.UnassignedReason is not null)
                .Select(t => (IReadOnlyList<string?>)[t.TaskId, t.Uscc, t.Name, t.Department, t.UnassignedReason]));
        TaskLists(Path.Combine(directory, "tasks"), record);
        NoticeWriter.Write(directory, record);
    }

    private static void TaskLists(string directory, DrawRecord record)
    {
        Directory.CreateDirectory(directory);
        var inspectors = record.Inspectors.ToDictionary(i => i.Id, StringComparer.Ordinal);
        var items = record.Plans.SelectMany(p => p.Items.Select(i => (p.Id, Item: i))).ToDictionary(x => (x.Id, x.Item.Code), x => x.Item);
        var visits = record.Outcome.Visits.ToDictionary(v => v.VisitId, StringComparer.Ordinal);
        var byVisit = record.Outcome.Tasks.ToLookup(t => t.VisitId, StringComparer.Ordinal);
        string[] header =
        [
            "inspector_id", "inspector_name", "department", "task_id", "visit_id", "joint_with", "uscc", "enterprise", "window_from",
            "window_to", "items", "team", "results_due",
        ];
        // One pass over the tasks (in record order) instead of one per inspector: 2,000 inspectors × 60,000 tasks is too many.
        var byInspector = record.Outcome.Tasks.SelectMany(t => t.Team.Distinct().Select(id => (Id: id, Task: t))).ToLookup(x => x.Id, x => x.Task, StringComparer.Ordinal);
        foreach (var inspector in record.Inspectors)
        {
            var mine = byInspector[inspector.Id].ToList();
            if (mine.Count == 0)
            {
                continue;
            }

            SafeCsvWriter.Write(Path.Combine(directory, inspector.Id + ".csv"), header, mine.Select(t =>
            {
                var visit = visits[t.VisitId];
                var others = byVisit[t.VisitId].Where(o => o.Department != t.Department).Select(o => o.Department).Distinct();
                return (IReadOnlyList<string?>)
                [
                    inspector.Id, inspector.Name, t.Department, t.TaskId, t.VisitId, string.Join('、', others), t.Uscc, t.Name,
                    Iso(t.WindowFrom), Iso(t.WindowTo),
                    string.Join("；", t.Items.Select(code => items[(t.PlanId, code)] is var i ? $"{i.Code} {i.Title}（{(i.Key ? "重点" : "一般")}；依据 {i.Basis}）" : code)),
                    string.Join('、', t.Team.Select(id => $"{inspectors[id].Name}({id})")),
                    visit.PublicationDue is { } due ? Iso(due) : "待下一年度节假日安排公布后确定",
                ];
            }));
        }
    }

    internal static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
