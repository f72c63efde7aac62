using Supervision.Model.Registry;
using Supervision.Rules.Alerts;

namespace Supervision.Application.Alerts;

/// <summary>Counts an enterprise's records for its alert rules (<see cref="NightSignals"/>); records after the as-of date are ignored.</summary>
public static class NightSignalsBuilder
{
    /// <param name="previous">Its previous assessment, or null.</param>
    /// <param name="inspections">Its inspections.</param>
    /// <param name="credit">Its credit records (penalties are read).</param>
    /// <param name="complaints">The complaints about it.</param>
    /// <param name="asOf">The night's as-of date.</param>
    /// <param name="approvals">Its approvals on a commitment or on credit, or null for none.</param>
    public static NightSignals Build(
        PreviousStanding? previous, IEnumerable<InspectionRecord> inspections, IEnumerable<CreditRecord> credit, IEnumerable<Complaint> complaints, DateOnly asOf,
        IEnumerable<Approval>? approvals = null)
    {
        ArgumentNullException.ThrowIfNull(inspections);
        ArgumentNullException.ThrowIfNull(credit);
        ArgumentNullException.ThrowIfNull(complaints);

        // "New" is (since, asOf]: what the previous assessment could not have seen.
        var since = NightSignals.NewSince(previous, asOf);
        var violations = 0;
        foreach (var inspection in inspections)
        {
            if (inspection.ViolationFound && inspection.Date > since && inspection.Date <= asOf)
            {
                violations++;
            }
        }

        var penalties = 0;
        var largest = 0m;
        foreach (var record in credit)
        {
            if (record.Type == CreditRecordType.Penalty && record.StartDate > since && record.StartDate <= asOf)
            {
                penalties++;
                largest = Math.Max(largest, record.Amount ?? 0);
            }
        }

        int last30 = 0, last90 = 0, verified90 = 0;
        var from30 = asOf.AddDays(-30);
        var from90 = asOf.AddDays(-90);
        foreach (var complaint in complaints)
        {
            if (complaint.Date > asOf || complaint.Date <= from90)
            {
                continue;
            }

            last90++;
            verified90 += complaint.Verified ? 1 : 0;
            last30 += complaint.Date > from30 ? 1 : 0;
        }

        var falseCommitments = 0;
        foreach (var approval in approvals ?? [])
        {
            if (approval.CommitmentTrue == false && approval.VerifiedOn is { } found && found > since && found <= asOf)
            {
                falseCommitments++;
            }
        }

        if (previous is null && violations == 0 && penalties == 0 && last90 == 0 && falseCommitments == 0)
        {
            return NightSignals.None;
        }

        return new NightSignals(previous, violations, penalties, (double)largest, last30, last90, verified90) { NewFalseCommitments = falseCommitments };
    }
}
