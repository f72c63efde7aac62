using Supervision.Model.Registry;

namespace Supervision.Synthetic;

/// <summary>The approvals of one enterprise granted on a commitment or on credit, and the credit points their verifications give.</summary>
/// <param name="Approvals">Its approvals.csv rows, in granted order.</param>
/// <param name="Points">Points of C-DED-FALSE-COMMITMENT (−30 from a commitment found false in 36 months), or 0.</param>
internal sealed record ApprovalHistory(IReadOnlyList<Approval> Approvals, int Points);
