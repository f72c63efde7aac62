using Supervision.Model.Registry;

namespace Supervision.Synthetic;

/// <summary>The credit records drawn for one enterprise and the outcome the default bundle should give them.</summary>
/// <param name="Records">Records ordered by type, start date and document number.</param>
/// <param name="Score">Intended credit score, 0–100, including the inspection violation points.</param>
/// <param name="CreditClass">Intended class: A, B, C or D.</param>
/// <param name="Blacklisted">True when a blacklist listing is in force on the as-of date (class D by override).</param>
/// <param name="Applications">Applications to leave a list (credit-repairs.csv).</param>
internal sealed record CreditDraw(IReadOnlyList<CreditRecord> Records, int Score, string CreditClass, bool Blacklisted, IReadOnlyList<ListApplication> Applications);
