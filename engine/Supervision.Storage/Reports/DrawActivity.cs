namespace Supervision.Storage.Reports;

/// <summary>
/// Inspection tasks (one department's inspection of one drawn enterprise) of a month's draws in one district, category
/// and pool: how many were drawn, how many have a confirmed result, and in how many a problem was found.
/// </summary>
public sealed record DrawActivity(DateOnly Month, string District, string Category, string Pool, long Drawn, long Inspected, long Problems);
