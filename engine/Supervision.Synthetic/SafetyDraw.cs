namespace Supervision.Synthetic;

/// <summary>The safety indicators drawn for one enterprise and the outcome the default bundle should give them.</summary>
/// <param name="Values">Values by indicator name; booleans as 1 or 0.</param>
/// <param name="Score">Intended safety score, 0–100.</param>
/// <param name="Level">Intended level: 蓝, 黄, 橙 or 红.</param>
/// <param name="DirectRed">The direct-to-red condition present, or null.</param>
internal sealed record SafetyDraw(IReadOnlyDictionary<string, double> Values, int Score, string Level, DirectRedCause? DirectRed);
