using System.Globalization;
using Supervision.Model.Import;

namespace Supervision.Draws.Gates;

/// <summary>
/// The checks between a computed draw and its commitment: a draw made from a broken input is as binding as any other
/// once claimed and published, so a night whose inputs are empty, mostly rejected, inconsistently encoded, much smaller
/// than the night before, or whose inspector directory cannot staff the tasks, draws nothing and claims nothing. The
/// checks read counts only; the draw itself is untouched, so a night that passes is byte for byte what it was before.
/// </summary>
public static class DrawGate
{
    /// <summary>Files a draw cannot be made without: the population, and the inspectors who staff the tasks.</summary>
    public static IReadOnlyList<string> FilesThatMustHaveRows { get; } = [.. InputFiles.All.Where(f => f.RequiredToDraw).Select(f => f.Name)];

    public static DrawGateVerdict Check(DrawGateInputs inputs, DrawGateThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(thresholds);
        var refusals = new List<string>();
        foreach (var required in FilesThatMustHaveRows)
        {
            var report = inputs.Reports.FirstOrDefault(r => IsFile(r, required));
            if (report is null || report.Accepted == 0)
            {
                refusals.Add(report is null || report.Read == 0
                    ? $"{required}: no data rows (missing, empty or header only)"
                    : $"{required}: none of its {report.Read:N0} data rows was accepted (see the import report)");
            }
        }

        // A required file with no accepted row is refused above; any other file is judged by its accepted share.
        foreach (var report in inputs.Reports.Where(r => r.Read > 0 && !(r.Accepted == 0 && FilesThatMustHaveRows.Any(f => IsFile(r, f)))))
        {
            var share = (double)report.Accepted / report.Read;
            if (share < thresholds.MinAcceptedShare)
            {
                refusals.Add(Invariant($"{Path.GetFileName(report.File)}: only {report.Accepted:N0} of {report.Read:N0} data rows accepted ({share:P1}; at least {thresholds.MinAcceptedShare:P0} required)"));
            }
        }

        foreach (var report in inputs.Reports.Where(r => r.EncodingInconsistent))
        {
            refusals.Add($"{Path.GetFileName(report.File)}: its lines are not all in one encoding ({report.Encoding} by most lines); the other lines are listed in the import report");
        }

        if (inputs.PreviousNight is { } previous && previous.Enterprises > 0)
        {
            var kept = (double)inputs.AcceptedEnterprises / previous.Enterprises;
            if (kept < 1 - thresholds.MaxRegistryDrop)
            {
                refusals.Add(Invariant($"enterprises.csv: {inputs.AcceptedEnterprises:N0} enterprises accepted against {previous.Enterprises:N0} on {previous.AsOf:yyyy-MM-dd} (a drop of {1 - kept:P1}; at most {thresholds.MaxRegistryDrop:P0} allowed)"));
            }
        }

        // A prepared draw is judged before its seed exists: its tasks are not drawn yet, so only its inputs are.
        var tasks = inputs.Outcome?.Tasks ?? [];
        var unassigned = tasks.Count(t => t.UnassignedReason is not null);
        if (tasks.Count > 0 && (double)(tasks.Count - unassigned) / tasks.Count < thresholds.MinStaffedShare)
        {
            var reason = tasks.Where(t => t.UnassignedReason is not null).GroupBy(t => t.UnassignedReason).OrderByDescending(g => g.Count()).First();
            refusals.Add(Invariant($"inspectors.csv: {unassigned:N0} of {tasks.Count:N0} tasks cannot be staffed (at least {thresholds.MinStaffedShare:P0} must be); most often: {reason.Key} ({reason.Count():N0}×)"));
        }

        return new DrawGateVerdict(refusals);
    }

    private static bool IsFile(ImportReport report, string fileName)
        => string.Equals(Path.GetFileName(report.File), fileName, StringComparison.OrdinalIgnoreCase);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
