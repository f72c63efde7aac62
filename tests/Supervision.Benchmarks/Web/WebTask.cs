namespace Supervision.Benchmarks.Web;

/// <summary>One generated task of a draw, before it is copied.</summary>
internal sealed record WebTask(
    string TaskId, int Enterprise, int Department, string VisitId, DateOnly From, DateOnly To, string[] Items, string[] Team);
