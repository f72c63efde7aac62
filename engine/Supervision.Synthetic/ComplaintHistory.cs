using Supervision.Model.Registry;

namespace Supervision.Synthetic;

/// <summary>The complaints about one enterprise and the credit points they give.</summary>
/// <param name="Complaints">Its complaints.csv rows, in received order.</param>
/// <param name="Points">Points of C-DED-COMPLAINTS (−5 from two verified complaints in twelve months), or 0.</param>
internal sealed record ComplaintHistory(IReadOnlyList<Complaint> Complaints, int Points);
