namespace Supervision.Model.Registry;

/// <summary>One past inspection of an enterprise (检查记录).</summary>
/// <param name="InspectionId">Unique id of the inspection.</param>
/// <param name="Uscc">The inspected enterprise.</param>
/// <param name="Date">Date of the on-site visit.</param>
/// <param name="Department">Inspecting department.</param>
/// <param name="Inspectors">Ids of the inspectors on the team.</param>
/// <param name="ViolationFound">True when at least one violation was found.</param>
/// <param name="Items">Inspection item codes checked.</param>
public sealed record InspectionRecord(
    string InspectionId,
    string Uscc,
    DateOnly Date,
    string Department,
    IReadOnlyList<string> Inspectors,
    bool ViolationFound,
    IReadOnlyList<string> Items);
