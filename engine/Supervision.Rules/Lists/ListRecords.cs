using Supervision.Model.Registry;

namespace Supervision.Rules.Lists;

/// <summary>What the list rules read of one enterprise: its credit records (listings, penalties) and its applications to leave a list.</summary>
/// <param name="Credit">Its credit records.</param>
/// <param name="Applications">Its applications (credit-repairs.csv).</param>
public sealed record ListRecords(IReadOnlyList<CreditRecord> Credit, IReadOnlyList<ListApplication> Applications);
