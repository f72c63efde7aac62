namespace Supervision.Rules.Bundle;

/// <summary>DMN hit policies we offer. FIRST is deliberately absent: it depends on row order.</summary>
public enum HitPolicy
{
    /// <summary>Exactly one row must match; several matches are an evaluation error.</summary>
    Unique,

    /// <summary>Several rows may match; the one whose first output comes first in that output's declared order wins.</summary>
    Priority,
}
