namespace Supervision.Data.WhatIf;

/// <summary>What differs between an enterprise's two outcomes; an enterprise is listed when any flag is set.</summary>
[Flags]
public enum OutcomeChanges
{
    None = 0,
    Category = 1,
    Ratio = 2,
    Regime = 4,
    SafetyLevel = 8,
    CreditClass = 16,

    /// <summary>The evaluation failed under one bundle only.</summary>
    Evaluation = 32,
}
