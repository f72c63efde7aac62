namespace Supervision.Benchmarks.Web;

/// <summary>What the draw loader wrote: the draws (oldest first), counts of rows, and the size of the largest record.</summary>
internal sealed record WebDraws(
    IReadOnlyList<string> DrawIds, long Tasks, long Items, long Results, long Recusals, long RecordBytes, int[] TasksPerInspector);
