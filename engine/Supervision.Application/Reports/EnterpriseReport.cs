using Supervision.Storage.Reports;

namespace Supervision.Application.Reports;

/// <summary>One enterprise across the stored runs and draws, as the analysts' enterprise page shows it.</summary>
/// <param name="Uscc">The enterprise.</param>
/// <param name="History">Its assessments, newest run first.</param>
/// <param name="Tasks">Its tasks across draws with their results, newest draw first.</param>
public sealed record EnterpriseReport(string Uscc, IReadOnlyList<AssessmentHistoryEntry> History, IReadOnlyList<EnterpriseTaskEntry> Tasks)
{
    /// <summary>The latest assessment, or null when no stored run assessed the enterprise.</summary>
    public AssessedEnterprise? Latest => History.Count > 0 ? History[0].Assessment : null;
}
