namespace Supervision.Storage.Reports;

/// <summary>An inspection visit known from a confirmed result in the service: the enterprise, the day, the department and the pool it was drawn from.</summary>
public sealed record ConfirmedVisit(string Uscc, DateOnly Date, string Department, string Pool);
