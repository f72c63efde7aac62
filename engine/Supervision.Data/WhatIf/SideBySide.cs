namespace Supervision.Data.WhatIf;

/// <summary>A changed enterprise with its explanation under each bundle (<see cref="Supervision.Rules.Scoring.Explainer"/>).</summary>
/// <param name="Change">The enterprise and what changed.</param>
/// <param name="BaseText">Explanation under the base bundle.</param>
/// <param name="CandidateText">Explanation under the candidate bundle.</param>
public sealed record SideBySide(ChangedEnterprise Change, string BaseText, string CandidateText);
