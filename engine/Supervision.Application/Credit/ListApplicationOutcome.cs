using Supervision.Model.Import;

namespace Supervision.Application.Credit;

/// <summary>What recording an application did.</summary>
/// <param name="Status">Recorded, or why not.</param>
/// <param name="Decision">approved or rejected as the list rules decided on the decision date; null while pending or not recorded.</param>
/// <param name="Explanation">The listing as it stands on the decision date (or the application date), with the list rules traced
/// when the application was not granted; for an unknown listing, the enterprise's listings.</param>
/// <param name="Problems">The importer's reasons when the row was refused.</param>
public sealed record ListApplicationOutcome(ListApplicationStatus Status, string? Decision, string Explanation, IReadOnlyList<ImportIssue> Problems);
