using Supervision.Model.Registry;

namespace Supervision.Synthetic;

/// <summary>The past inspections of one enterprise and the credit points their violations give.</summary>
/// <param name="Inspections">Visits in date order.</param>
/// <param name="ViolationPoints">Points of C-DED-VIOLATION (−5 from one violation in 24 months) and -REPEAT (−5 more from two).</param>
internal sealed record InspectionHistory(IReadOnlyList<InspectionRecord> Inspections, int ViolationPoints);
