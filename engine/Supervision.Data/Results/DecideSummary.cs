using Supervision.Model.Import;

namespace Supervision.Data.Results;

/// <summary>What `results decide` did: the import report, the decided findings and the feedback written (rows appended, enterprises whose hidden-hazard indicator was raised).</summary>
public sealed record DecideSummary(ImportReport Report, IReadOnlyList<InspectionResult> Results, IReadOnlyList<DecidedFinding> Decided, int InspectionRows, int PenaltyRows, int HazardEnterprises)
{
    /// <summary>abnormal_operation rows appended for results whose category lists the enterprise.</summary>
    public int ListingRows { get; init; }
}
