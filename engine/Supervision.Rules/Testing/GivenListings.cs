using Supervision.Model.Registry;

namespace Supervision.Rules.Testing;

/// <summary>
/// A case's listings and applications, as credit-records.csv and credit-repairs.csv would hold them: the list rules
/// decide them, and the list indicators (blacklisted, abnormal_listed, …) follow from what they decide.
/// </summary>
/// <param name="Credit">The listings, and the penalties given with <c>penalties:</c>.</param>
/// <param name="Applications">The applications to leave a list given with the listings.</param>
internal sealed record GivenListings(IReadOnlyList<CreditRecord> Credit, IReadOnlyList<ListApplication> Applications);
