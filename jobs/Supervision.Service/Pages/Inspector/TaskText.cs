using Supervision.Storage.Tasks;

namespace Supervision.Service.Pages.Inspector;

/// <summary>How the inspector's pages word a task's facts.</summary>
public static class TaskText
{
    /// <summary>Where the enterprise is, as the registry has it (region and grid; the registry holds no street address).</summary>
    public static string Place(InspectorTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return task.Region is null ? "—" : task.Grid is null ? task.Region : $"{task.Region} · 网格 {task.Grid}";
    }

    /// <summary>The team as a list of names.</summary>
    public static string Team(IReadOnlyList<TeamMember> team)
    {
        ArgumentNullException.ThrowIfNull(team);
        return team.Count == 0 ? "（待重新指派）" : string.Join("、", team.Select(m => m.Name));
    }
}
