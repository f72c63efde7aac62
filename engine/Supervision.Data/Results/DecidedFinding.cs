using Supervision.Rules.Tolerance;

namespace Supervision.Data.Results;

/// <summary>A finding with the facts the rules saw and the decision they led to.</summary>
public sealed record DecidedFinding(InspectionResult Result, ResultFinding Finding, FindingFact Fact, ToleranceDecision Decision);
