namespace Supervision.Model.Registry;

/// <summary>
/// A complaint or report about an enterprise (投诉举报, complaints.csv), as the channel received it. Verified complaints
/// count against the enterprise's credit and lead to a case-driven inspection; every complaint counts towards the
/// repeated-complaints alert.
/// </summary>
/// <param name="Reference">The channel's number for it (工单号), unique in the file.</param>
/// <param name="Uscc">The enterprise complained about.</param>
/// <param name="Date">When it was received.</param>
/// <param name="Channel">Where it came from: 12315, 12345, letter, online, visit, referral.</param>
/// <param name="Matter">What it is about, as recorded.</param>
/// <param name="Verified">True once the department verified it (查证属实); false while unverified or not substantiated.</param>
public sealed record Complaint(string Reference, string Uscc, DateOnly Date, string Channel, string Matter, bool Verified);
