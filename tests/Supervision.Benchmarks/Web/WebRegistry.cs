using Supervision.Model.Registry;
using Supervision.Synthetic;

namespace Supervision.Benchmarks.Web;

/// <summary>The registry and directory as loaded, kept for drawing tasks: USCCs and names by index, inspectors by department.</summary>
internal sealed record WebRegistry(string[] Usccs, string[] Names, Inspector[] Inspectors, Department[] Departments, int[][] ByDepartment)
{
    /// <summary>The account name an inspector signs in with (and the recorder named on their results).</summary>
    public static string UserOf(string inspectorId) => "wb." + inspectorId.ToLowerInvariant();
}
