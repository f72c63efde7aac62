using Supervision.Storage.Public;

namespace Supervision.Application.Publication;

/// <summary>
/// A task as the public pages show it: the result in the standard category's words, findings and rectification as the
/// results notice words them, the publication deadline, and whether the result came late (逾期公示) or is missing past
/// its deadline (逾期未公示). Nothing about pools, categories or credit.
/// </summary>
public sealed record PublicRow(PublicTask Task, string? ResultWords, string? Findings, string? Rectification, DateOnly? Due, string DueWords, bool PublishedLate, bool MissingOverdue)
{
    public bool Cancelled => Task.DrawStatus == "cancelled";
}
