namespace Supervision.Learning.Explanations;

/// <summary>How much one feature pushed one prediction up (positive) or down, in the model's score units.</summary>
/// <param name="Feature">Feature name.</param>
/// <param name="Value">Signed contribution.</param>
public sealed record Contribution(string Feature, double Value);
