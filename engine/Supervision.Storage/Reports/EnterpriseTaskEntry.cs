namespace Supervision.Storage.Reports;

/// <summary>A task of an enterprise in a draw, with the result when one was entered. DrawStatus: drawn, published or cancelled. Pool: The pool it was drawn from (a category, a regime, triggered, verification). Outcome: The result category code, or null while no result is entered. ResultState: entered or confirmed, or null.</summary>
public sealed record EnterpriseTaskEntry(
    string DrawId,
    DateOnly DrawDate,
    string DrawStatus,
    string PlanId,
    string Department,
    string Pool,
    DateOnly WindowFrom,
    DateOnly WindowTo,
    IReadOnlyList<string> Items,
    string? Outcome,
    DateOnly? InspectedOn,
    string? ResultState);
