namespace Supervision.Storage.Public;

/// <summary>A drawn task as the public sees it — never its pool — with its public result when there is one. DrawStatus: drawn, published or cancelled (a voided draw's tasks are not pending). Result: The confirmed result, or null.</summary>
public sealed record PublicTask(
    long TaskNo, string DrawId, string TaskId, string PlanId, string Uscc, string Name, string Department, DateOnly WindowFrom, DateOnly WindowTo,
    IReadOnlyList<string> Items, string DrawStatus, PublicResult? Result);
