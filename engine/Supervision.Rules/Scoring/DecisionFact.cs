namespace Supervision.Rules.Scoring;

/// <summary>
/// The one fact the rules see: an enterprise's indicator values (and, in later phases, what earlier phases
/// computed) laid out in slots by <see cref="Language.VariableCatalog"/>. Missing numbers are NaN, missing texts null.
/// </summary>
/// <param name="CaseId">Identity of the fact within a session.</param>
/// <param name="Phase">Evaluation phase this copy is for; rules of a phase match only its copy.</param>
/// <param name="AsOfDay">The as-of date as <see cref="DateOnly.DayNumber"/>; the only notion of "now" rules have.</param>
/// <param name="Numbers">Number, integer, boolean (1/0) and date (day number) slots.</param>
/// <param name="Texts">Text and enum slots.</param>
/// <remarks>The arrays are never modified once the fact is built; each phase gets a new fact with copies.</remarks>
public sealed record DecisionFact(long CaseId, int Phase, int AsOfDay, double[] Numbers, string?[] Texts);
