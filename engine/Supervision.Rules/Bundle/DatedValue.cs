namespace Supervision.Rules.Bundle;

/// <summary>A parameter value and the period it is in force.</summary>
public sealed record DatedValue(double Value, Validity Validity);
