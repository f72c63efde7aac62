using Supervision.Draws.Record;
using Supervision.Model.Import;

namespace Supervision.Draws.Gates;

/// <summary>What the input gates look at before a draw is committed.</summary>
/// <param name="Reports">The import report of every input file read for the night (registry, indicators, credit, inspections, inspectors, case leads).</param>
/// <param name="AcceptedEnterprises">Registry rows accepted tonight.</param>
/// <param name="PreviousNight">The last completed night before this one (as-of date and accepted registry rows), or null when there is none.</param>
/// <param name="Outcome">The draw as computed, not yet committed.</param>
public sealed record DrawGateInputs(
    IReadOnlyList<ImportReport> Reports, long AcceptedEnterprises, (DateOnly AsOf, long Enterprises)? PreviousNight, DrawOutcome? Outcome);
